package io.propertyops.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole platform on one machine, each part its own process: a KRaft Kafka broker, the embedded
 * MongoDB, every service and the gateway. The launcher runs it for people; tests run it (or a part
 * of it) from JUnit:
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.builder().dataDir(tmp).ports(PortPlan.randomFree()).build().start()) {
 *     platform.kill("ticket-service");
 *     platform.restart("ticket-service");
 * }
 * }</pre>
 *
 * Infrastructure starts first; then every service and the gateway start together, because on a
 * small machine a parallel start is what fits in the startup budget. {@link #start()} returns when
 * all are healthy and throws {@link LocalPlatformException} (after stopping what it started) when
 * one is not.
 */
public final class LocalPlatform implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String MONGODB = "mongodb";
    public static final String GATEWAY = "gateway";
    public static final List<String> INFRASTRUCTURE = List.of(KAFKA, MONGODB);
    /** Every service, the gateway last, in the order they are listed to people. */
    public static final List<String> SERVICES = List.of("security-service", "ticket-service", "facility-service",
            "billing-service", "notification-service", "feedback-service", GATEWAY);

    /** The address every service and management port binds to: only the gateway's public port is on all interfaces. */
    public static final String LOOPBACK = "127.0.0.1";

    /** How long a process gets between SIGTERM and SIGKILL. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int TAIL_LINES = 40;

    private final Path repoRoot;
    private final Path dataDir;
    private final PortPlan ports;
    private final Duration readyTimeout;
    private final Set<String> selected;
    private final String kafkaBootstrap;
    private final String mongoUri;
    private final String demoPassword;
    private final String demoClientSecret;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Map<String, ManagedProcess> running = new ConcurrentHashMap<>();
    private final PidFile pidFile;
    private final Clock clock;

    private final Object lifecycle = new Object();
    private boolean started;
    private boolean ownsDataDir;
    private volatile boolean closing;
    private boolean closed;
    private Thread shutdownHook;

    private LocalPlatform(Builder builder) {
        this.repoRoot = builder.repoRoot != null ? builder.repoRoot.toAbsolutePath().normalize() : defaultRepoRoot();
        this.dataDir = (builder.dataDir != null ? builder.dataDir : repoRoot.resolve(".local")).toAbsolutePath().normalize();
        this.ports = builder.ports;
        this.readyTimeout = builder.readyTimeout;
        this.clock = builder.clock;
        this.selected = builder.only != null ? builder.only : new LinkedHashSet<>(all());
        this.pidFile = new PidFile(dataDir.resolve("pids"));
        this.demoPassword = DemoSecrets.password(builder.env);
        this.demoClientSecret = DemoSecrets.clientSecret(builder.env, dataDir.resolve("secrets.properties"));

        Jvm jvm = Jvm.current(builder.jvmProfile);
        MongoStore mongo = new MongoStore(dataDir.resolve("mongo").resolve("propertyops.mv"), ports.mongodb(), jvm);
        KafkaBroker kafka = new KafkaBroker(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController(), jvm,
                logFile(KAFKA));
        this.kafkaBootstrap = builder.externalKafka != null ? builder.externalKafka : kafka.bootstrapServers();
        this.mongoUri = builder.externalMongo != null ? builder.externalMongo : mongo.uri();
        if (selected.contains(MONGODB) && builder.externalMongo == null) {
            parts.put(MONGODB, mongo);
        }
        if (selected.contains(KAFKA) && builder.externalKafka == null) {
            parts.put(KAFKA, kafka);
        }
        for (String service : SERVICES) {
            if (selected.contains(service)) {
                parts.put(service, new SpringService(service, repoRoot.resolve(service), ports.port(service),
                        ports.managementPort(service), serviceEnvironment(service, builder.env), jvm,
                        builder.classDataSharing ? appCache() : null, logFile(service)));
            }
        }
    }

    /** Where services are extracted for class-data sharing: shared by every platform of the repository. */
    private Path appCache() {
        return repoRoot.resolve("deploy/local/target/apps");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The repository: system property {@code propertyops.root}, else the nearest directory up with {@code mvnw}. */
    public static Path defaultRepoRoot() {
        String root = System.getProperty("propertyops.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new LocalPlatformException("cannot find the repository root (a directory with mvnw) above " + start
                + "; pass -Dpropertyops.root=<repository>");
    }

    /**
     * Starts every selected part and waits until each is ready: Kafka answers an admin request,
     * MongoDB accepts connections, each service reports {@code UP} on {@code /actuator/health} of its management port.
     */
    public LocalPlatform start() {
        synchronized (lifecycle) {
            if (started || closed) {
                throw new IllegalStateException("a LocalPlatform starts once");
            }
            started = true;
        }
        long begin = System.nanoTime();
        try {
            Files.createDirectories(logDir());
            ignoredByGit();
            pidFile.reclaim(STOP_GRACE);
            ownsDataDir = true;
            requireJars();
            requireFreePorts(parts.values());
            installShutdownHook();
            parts.keySet().forEach(this::keepPreviousLog);

            if (selected.contains(KAFKA) && !parts.containsKey(KAFKA)) {
                requireExternalKafka();
            }
            launchAndAwait(parts.values().stream().filter(part -> INFRASTRUCTURE.contains(part.name())).toList());
            launchAndAwait(parts.values().stream().filter(part -> SERVICES.contains(part.name())).toList());
            log.info("all {} processes ready in {}", parts.size(), seconds(Duration.ofNanos(System.nanoTime() - begin)));
            return this;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String gatewayUrl() {
        return url(GATEWAY);
    }

    /** {@code http://localhost:<port>} of a service or the gateway. */
    public String url(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("'" + service + "' is not one of " + SERVICES
                    + "; Kafka and MongoDB have kafkaBootstrap() and mongoUri()");
        }
        return "http://localhost:" + ports.port(service);
    }

    /**
     * {@code http://localhost:<management port>} of a service or the gateway: {@code /actuator/health},
     * {@code /actuator/prometheus}. Bound to the loopback address only, and never routed by the gateway.
     */
    public String managementUrl(String service) {
        url(service); // rejects what is not a service
        return "http://localhost:" + ports.managementPort(service);
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public PortPlan ports() {
        return ports;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }

    public String demoPassword() {
        return demoPassword;
    }

    public String demoClientSecret() {
        return demoClientSecret;
    }

    /** This platform starts the part itself (not external, not left out by {@code only}). */
    public boolean manages(String name) {
        return parts.containsKey(name);
    }

    public boolean isRunning(String name) {
        ManagedProcess process = running.get(name);
        return process != null && process.isAlive();
    }

    /** SIGKILL, like a crash or the OOM killer; returns once the process is gone. */
    public void kill(String name) {
        ManagedProcess process = runningProcess(name);
        log.info("killing {} (pid {})", name, process.handle().pid());
        process.kill();
        recordPids();
    }

    /**
     * SIGTERM, then SIGKILL if it has not stopped within {@link #STOP_GRACE} (a service writing its
     * class-data archive gets longer).
     */
    public void stop(String name) {
        ManagedProcess process = runningProcess(name);
        log.info("stopping {} (pid {})", name, process.handle().pid());
        ManagedProcess.stopAll(List.of(process));
        recordPids();
    }

    /** Stops the part if it runs, starts it again and waits until it is ready. */
    public void restart(String name) {
        Part part = managedPart(name);
        requireStarted();
        ManagedProcess current = running.get(name);
        if (current != null && current.isAlive()) {
            stop(name);
        }
        requireFreePorts(List.of(part));
        launchAndAwait(List.of(part));
    }

    /** Stops everything it started: services first, then Kafka and MongoDB. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            closing = true;
        }
        List<ManagedProcess> services = alive(SERVICES);
        List<ManagedProcess> infrastructure = alive(INFRASTRUCTURE);
        if (!services.isEmpty() || !infrastructure.isEmpty()) {
            long begin = System.nanoTime();
            log.info("stopping {}", Stream.concat(services.stream(), infrastructure.stream())
                    .map(ManagedProcess::name).collect(Collectors.joining(", ")));
            if (services.stream().anyMatch(process -> process.part().stopGrace().compareTo(STOP_GRACE) > 0)) {
                log.info("(the first stop after a build also writes class-data archives, so the next start is faster)");
            }
            ManagedProcess.stopAll(services);
            ManagedProcess.stopAll(infrastructure);
            log.info("stopped in {}", seconds(Duration.ofNanos(System.nanoTime() - begin)));
        }
        if (ownsDataDir) {
            pidFile.delete();
        }
        removeShutdownHook();
    }

    /** Prepares and starts them in parallel (extracting jars, formatting storage), then waits for all. */
    private void launchAndAwait(List<Part> toStart) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Void>> launches = new ArrayList<>();
            for (Part part : toStart) {
                launches.add(executor.submit(() -> {
                    launch(part);
                    return null;
                }));
            }
            for (Future<Void> launch : launches) {
                try {
                    launch.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime
                            : new LocalPlatformException(e.getCause().getMessage(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalPlatformException("interrupted while starting", e);
        }
        awaitReady(toStart.stream().map(Part::name).toList());
    }

    private void launch(Part part) {
        try {
            part.prepare();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + part.name(), e);
        }
        synchronized (lifecycle) {
            if (closing) {
                throw new LocalPlatformException("the platform is stopping; not starting " + part.name());
            }
            ManagedProcess process = ManagedProcess.start(part, logFile(part.name()), clock, () -> closing || jvmShuttingDown());
            running.put(part.name(), process);
            recordPids();
            log.info("started {} (pid {})", part.name(), process.handle().pid());
        }
    }

    private void awaitReady(Collection<String> names) {
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        Set<String> pending = new LinkedHashSet<>(names);
        while (true) {
            for (Iterator<String> iterator = pending.iterator(); iterator.hasNext(); ) {
                String name = iterator.next();
                ManagedProcess process = running.get(name);
                if (closing || process == null) {
                    throw new LocalPlatformException("the platform was stopped while " + name + " was starting");
                }
                if (process.part().isReady()) {
                    log.info("{} ready after {}", name, seconds(process.age()));
                    iterator.remove();
                } else if (!process.isAlive()) {
                    throw new LocalPlatformException(name + " exited with code " + process.exitValue()
                            + " before it was ready. Last lines of " + process.logFile() + ":\n"
                            + LogTail.of(process.logFile(), TAIL_LINES));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw notReady(pending);
            }
            pause(POLL);
        }
    }

    private LocalPlatformException notReady(Set<String> pending) {
        StringBuilder message = new StringBuilder(String.join(", ", pending)).append(" did not become ")
                .append(pending.stream().allMatch(INFRASTRUCTURE::contains) ? "ready" : "healthy")
                .append(" within ").append(readyTimeout.toSeconds()).append(" s.");
        int lines = pending.size() == 1 ? TAIL_LINES : TAIL_LINES / 3;
        for (String name : pending) {
            message.append("\n\nLast lines of ").append(logFile(name)).append(":\n").append(LogTail.of(logFile(name), lines));
        }
        return new LocalPlatformException(message.toString());
    }

    private void requireJars() {
        List<String> missing = parts.values().stream()
                .filter(SpringService.class::isInstance)
                .map(SpringService.class::cast)
                .filter(service -> service.jar().isEmpty())
                .map(SpringService::expectedJar)
                .toList();
        if (!missing.isEmpty()) {
            throw new LocalPlatformException("Missing runnable jar(s):\n  " + String.join("\n  ", missing)
                    + "\nBuild the platform first: ./mvnw -DskipTests install (or deploy/local/run --build)");
        }
    }

    private void requireFreePorts(Collection<Part> toStart) {
        List<String> taken = new ArrayList<>();
        Set<String> hints = new LinkedHashSet<>();
        for (Part part : toStart) {
            List<Integer> inUse = part.ports().stream().filter(port -> !Ports.isFree(port)).toList();
            if (!inUse.isEmpty()) {
                taken.add(inUse.stream().map(String::valueOf).collect(Collectors.joining(" and ")) + " (" + part.name() + ")");
                if (!part.portInUseHint().isEmpty()) {
                    hints.add(part.portInUseHint());
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new LocalPlatformException("Ports already in use: " + String.join(", ", taken) + ".\n"
                    + "Is the platform already running? Stop it first, or find what holds a port with: ss -ltnp"
                    + hints.stream().map(hint -> "\n" + hint).collect(Collectors.joining()));
        }
    }

    private void requireExternalKafka() {
        log.info("using the Kafka cluster at {}", kafkaBootstrap);
        if (!KafkaBroker.answers(kafkaBootstrap, Duration.ofSeconds(15))) {
            throw new LocalPlatformException("The Kafka cluster at KAFKA_BOOTSTRAP_SERVERS=" + kafkaBootstrap
                    + " does not answer. Start it, or unset KAFKA_BOOTSTRAP_SERVERS to run the embedded broker.");
        }
    }

    private Map<String, String> serviceEnvironment(String service, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(ports.port(service)));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(ports.managementPort(service)));
        // only the gateway's public port listens beyond this machine; services and every management port do not
        env.put("MANAGEMENT_SERVER_ADDRESS", LOOPBACK);
        if (!service.equals(GATEWAY)) {
            env.put("SERVER_ADDRESS", LOOPBACK);
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("MONGODB_URI", mongoUri);   // services give up on an absent store after 2 s: the starter's default
        env.put("PROPERTYOPS_ISSUER", gatewayUrl());
        env.put("PROPERTYOPS_JWK_SET_URI", url("security-service") + "/oauth2/jwks");
        env.put("PROPERTYOPS_DEMO_DATA", repoRoot.resolve("deploy/local/demo/estate.json").toString());
        env.put(DemoSecrets.PASSWORD, demoPassword);
        env.put(DemoSecrets.CLIENT_SECRET, demoClientSecret);
        // the staff portal is served by the gateway and signs in back to its page; Vite's dev server too (npm run dev)
        // PROPERTYOPS_PORTAL_EXTRA_REDIRECT_URIS (comma-separated) adds more, e.g. for several dev servers
        String extraPortalUris = System.getenv().getOrDefault("PROPERTYOPS_PORTAL_EXTRA_REDIRECT_URIS", "");
        env.put("PROPERTYOPS_PORTAL_REDIRECT_URIS", gatewayUrl() + "/,http://localhost:5173/,"
                + "http://127.0.0.1:8765/callback" + (extraPortalUris.isBlank() ? "" : "," + extraPortalUris));
        if (service.equals("notification-service")) {
            // on one machine a webhook receiver is on this machine too: an administrator may subscribe one over
            // plain http on loopback (production refuses both)
            env.put("WEBHOOKS_ALLOW_HTTP", "true");
            env.put("PROPERTYOPS_NOTIFICATION_WEBHOOKS_ALLOWEDHOSTS", "127.0.0.1,localhost");
        }
        for (String other : SERVICES) {
            if (!other.equals(GATEWAY)) {
                env.put(other.replace("-service", "").toUpperCase() + "_SERVICE_URL", url(other));
            }
        }
        env.putAll(extra);
        return env;
    }

    private ManagedProcess runningProcess(String name) {
        managedPart(name);
        requireStarted();
        ManagedProcess process = running.get(name);
        if (process == null) {
            throw new LocalPlatformException(name + " has not been started");
        }
        return process;
    }

    private void requireStarted() {
        synchronized (lifecycle) {
            if (!started) {
                throw new IllegalStateException("start() the platform first");
            }
        }
    }

    private Part managedPart(String name) {
        Part part = parts.get(name);
        if (part == null) {
            throw new LocalPlatformException("'" + name + "' is not run by this platform (it runs " + parts.keySet() + ")");
        }
        return part;
    }

    private List<ManagedProcess> alive(List<String> names) {
        return names.stream().map(running::get).filter(Objects::nonNull).filter(ManagedProcess::isAlive).toList();
    }

    private void recordPids() {
        Map<String, ProcessHandle> handles = new LinkedHashMap<>();
        for (String name : parts.keySet()) {
            ManagedProcess process = running.get(name);
            if (process != null) {
                handles.put(name, process.handle());
            }
        }
        pidFile.write(handles);
    }

    private void keepPreviousLog(String name) {
        Path log = logFile(name);
        try {
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data directory may live inside the repository (.local); keep it out of commits. */
    private void ignoredByGit() throws IOException {
        Path gitignore = dataDir.resolve(".gitignore");
        if (!Files.exists(gitignore)) {
            Files.writeString(gitignore, "*\n");
        }
    }

    private void installShutdownHook() {
        shutdownHook = new Thread(this::close, "propertyops-local-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void removeShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static List<String> all() {
        return Stream.concat(INFRASTRUCTURE.stream(), SERVICES.stream()).toList();
    }

    private static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalPlatformException("interrupted while waiting for the platform", e);
        }
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /** Configures a {@link LocalPlatform}; everything has a default. */
    public static final class Builder {

        private Path repoRoot;
        private Path dataDir;
        private PortPlan ports = PortPlan.defaults();
        private Duration readyTimeout = Duration.ofSeconds(180);
        private final Map<String, String> env = new LinkedHashMap<>();
        private Set<String> only;
        private String externalKafka;
        private String externalMongo;
        private boolean classDataSharing = true;
        private JvmProfile jvmProfile = JvmProfile.DEVELOPMENT;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /** Default: {@link #defaultRepoRoot()}. */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Logs, Kafka's log dir, the MongoDB file, secrets, pids. Default: {@code <repo>/.local}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Default: {@link PortPlan#defaults()}. */
        public Builder ports(PortPlan ports) {
            this.ports = Objects.requireNonNull(ports);
            return this;
        }

        /** Added to every service's environment, after (so over) the platform's own variables. */
        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        /** Starts only these parts, e.g. {@code only("kafka", "mongodb")}; default: all of them. */
        public Builder only(String... names) {
            List<String> unknown = Arrays.stream(names).filter(name -> !all().contains(name)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown " + unknown + "; the parts are " + all());
            }
            this.only = new LinkedHashSet<>(List.of(names));
            return this;
        }

        /** Uses this Kafka cluster instead of starting a broker. */
        /** The clock for the wall-clock times the platform writes into its logs. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder externalKafka(String bootstrapServers) {
            this.externalKafka = bootstrapServers;
            return this;
        }

        /** Uses this MongoDB instead of starting the embedded one. */
        public Builder externalMongo(String uri) {
            this.externalMongo = uri;
            return this;
        }

        /**
         * Runs each service from its extracted jar with a class-data-sharing archive under
         * {@code deploy/local/target/apps} (default; see {@code ExtractedApp}), or, when false, from
         * its {@code *-exec.jar} exactly as built.
         */
        public Builder classDataSharing(boolean enabled) {
            this.classDataSharing = enabled;
            return this;
        }

        /** The JVM options of Kafka, the store and the services. Default: {@link JvmProfile#DEVELOPMENT}. */
        public Builder jvmProfile(JvmProfile jvmProfile) {
            this.jvmProfile = Objects.requireNonNull(jvmProfile);
            return this;
        }

        /** How long each step may take to become ready/healthy. Default: 180 s. */
        public Builder readyTimeout(Duration readyTimeout) {
            this.readyTimeout = Objects.requireNonNull(readyTimeout);
            return this;
        }

        public LocalPlatform build() {
            return new LocalPlatform(this);
        }
    }
}
