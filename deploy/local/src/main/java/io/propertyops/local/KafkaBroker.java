package io.propertyops.local;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker (broker and controller in one process) from the Apache Kafka jars,
 * its configuration and log directory under {@code <data dir>/kafka}.
 */
final class KafkaBroker implements Part {

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final Jvm jvm;
    private final Path logFile;

    KafkaBroker(Path home, int port, int controllerPort, Jvm jvm, Path logFile) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.jvm = jvm;
        this.logFile = logFile;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public List<Integer> ports() {
        return List.of(port, controllerPort);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    Path serverProperties() {
        return home.resolve("server.properties");
    }

    private Path logDir() {
        return home.resolve("data");
    }

    /** Writes server.properties (ports may differ from the last run) and formats the storage once. */
    @Override
    public void prepare() throws IOException {
        Files.createDirectories(logDir());
        StringBuilder text = new StringBuilder("# written by the PropertyOps launcher at every start\n");
        configuration().forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(serverProperties(), text);
        if (!Files.exists(logDir().resolve("meta.properties"))) {
            format();
        }
    }

    private Map<String, String> configuration() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDir().toString());
        config.put("num.partitions", "6");
        config.put("auto.create.topics.enable", "true");
        config.put("group.initial.rebalance.delay.ms", "0");
        // one broker: every internal topic with a single replica
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        // fewer internal partitions and a smaller cleaner buffer than production defaults: a 2-core dev box
        config.put("offsets.topic.num.partitions", "10");
        config.put("transaction.state.log.num.partitions", "10");
        config.put("share.coordinator.state.topic.num.partitions", "10");
        config.put("log.cleaner.dedupe.buffer.size", "16777216");
        // after a SIGKILL the restarted broker may register only once its old session has expired:
        // 5 s instead of 9 s makes crash tests quicker, heartbeats every second keep it safe
        config.put("broker.session.timeout.ms", "5000");
        config.put("broker.heartbeat.interval.ms", "1000");
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "4");
        return config;
    }

    private void format() throws IOException {
        Path clusterIdFile = home.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid() + "\n");
        }
        String clusterId = Files.readString(clusterIdFile).strip();
        Process format = new ProcessBuilder(jvm.runMain(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Xmx128m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"),
                "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", serverProperties().toString()))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new LocalPlatformException("formatting Kafka's storage took longer than 60 s; see " + logFile);
            }
        } catch (InterruptedException e) {
            format.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LocalPlatformException("interrupted while formatting Kafka's storage");
        }
        if (format.exitValue() != 0) {
            throw new LocalPlatformException("formatting Kafka's storage in " + logDir() + " failed (exit "
                    + format.exitValue() + "):\n" + LogTail.of(logFile, 20));
        }
    }

    @Override
    public List<String> command() {
        List<String> options = new ArrayList<>(jvm.profile().kafka());
        options.add("-Djava.awt.headless=true");
        options.addAll(Jvm.CHILD_LOGGING);
        return jvm.runMain(options, "kafka.Kafka", serverProperties().toString());
    }

    /** The port accepts connections and the cluster describes itself, i.e. the broker is registered. */
    @Override
    public boolean isReady() {
        return Ports.accepts(port) && answers(bootstrapServers(), Duration.ofSeconds(5));
    }

    @Override
    public String portInUseHint() {
        return "Another Kafka broker? To use it instead, set KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + port + ".";
    }

    /** A cluster behind these bootstrap servers lists at least one broker within the timeout. */
    static boolean answers(String bootstrapServers, Duration timeout) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "propertyops-launcher");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
