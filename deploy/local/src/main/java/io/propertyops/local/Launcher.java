package io.propertyops.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The whole platform in one command ({@code deploy/local/run}): starts what {@link LocalPlatform}
 * starts, prints where everything is, and stops it all on Ctrl-C.
 *
 * <p>Environment: {@code KAFKA_BOOTSTRAP_SERVERS} / {@code MONGODB_URI} use that Kafka / MongoDB
 * instead of the embedded one; {@code PROPERTYOPS_DATA_DIR} replaces {@code <repo>/.local};
 * {@code PROPERTYOPS_READY_TIMEOUT} (seconds, default 180) bounds each wait for readiness;
 * {@code PROPERTYOPS_CDS=false} runs each service's {@code *-exec.jar} as it is instead of its
 * extracted jar with a class-data-sharing archive; {@code PROPERTYOPS_JVM_PROFILE=production} runs every process
 * with the production JVM options of {@link JvmProfile} instead of the quick-start ones;
 * {@code PROPERTYOPS_DEMO_PASSWORD} and {@code PROPERTYOPS_DEMO_CLIENT_SECRET} replace the dev secrets.
 */
public final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            log.error("usage: deploy/local/run [--build]   (the launcher itself takes no arguments;"
                    + " see the Javadoc of io.propertyops.local.Launcher for its environment variables)");
            System.exit(args[0].equals("--help") || args[0].equals("-h") ? 0 : 2);
        }
        Clock clock = Clock.systemDefaultZone();
        Map<String, String> env = System.getenv();
        Path repo = LocalPlatform.defaultRepoRoot();
        LocalPlatform.Builder builder = LocalPlatform.builder().repoRoot(repo).ports(PortPlan.defaults()).clock(clock);
        if (isSet(env.get("PROPERTYOPS_DATA_DIR"))) {
            builder.dataDir(Path.of(env.get("PROPERTYOPS_DATA_DIR")));
        }
        if (isSet(env.get("PROPERTYOPS_READY_TIMEOUT"))) {
            builder.readyTimeout(Duration.ofSeconds(Long.parseLong(env.get("PROPERTYOPS_READY_TIMEOUT").strip())));
        }
        if ("false".equalsIgnoreCase(env.getOrDefault("PROPERTYOPS_CDS", "").strip())) {
            builder.classDataSharing(false);
        }
        if (isSet(env.get("PROPERTYOPS_JVM_PROFILE"))) {
            builder.jvmProfile(JvmProfile.valueOf(env.get("PROPERTYOPS_JVM_PROFILE").strip().toUpperCase(Locale.ROOT)));
        }
        if (isSet(env.get("KAFKA_BOOTSTRAP_SERVERS"))) {
            builder.externalKafka(env.get("KAFKA_BOOTSTRAP_SERVERS").strip());
        }
        if (isSet(env.get("MONGODB_URI"))) {
            builder.externalMongo(env.get("MONGODB_URI").strip());
        }

        LocalPlatform platform;
        try {
            platform = builder.build();
            log.info("Starting PropertyOps from {} (data in {})", repo, platform.dataDir());
            platform.start();
        } catch (LocalPlatformException e) {
            log.error("PropertyOps did not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        log.info("{}", summary(platform, repo, sinceLaunch(clock)));
        try {
            Thread.currentThread().join(); // until Ctrl-C; the platform's shutdown hook stops everything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String summary(LocalPlatform platform, Path repo, Duration elapsed) {
        StringBuilder out = new StringBuilder();
        String row = "  %-22s %-24s %-42s %s%n";
        out.append(String.format("%nPropertyOps is up: healthy %s after launch.%n%n", LocalPlatform.seconds(elapsed)));
        out.append(String.format("  %-22s %s%n", "Staff portal", platform.gatewayUrl() + "/"
                + "   (sign in as zhaomin 客服, zhenghua 主管, zhouqiang 维修, huangjianguo 经理, admin"
                + (DemoSecrets.isDevPassword(platform.demoPassword()) ? "; password " + DemoSecrets.DEV_PASSWORD : "") + ")"));
        out.append(String.format("  %-22s %s%n", "Gateway", platform.gatewayUrl()));
        out.append(String.format("  %-22s %s%n%n", "Swagger UI", platform.gatewayUrl() + "/swagger-ui.html"));
        out.append(String.format(row, "service", "URL", "health", "metrics"));
        for (String service : LocalPlatform.SERVICES) {
            if (platform.manages(service)) {
                String management = platform.managementUrl(service);
                out.append(String.format(row, service, platform.url(service), management + "/actuator/health",
                        management + "/actuator/prometheus"));
            }
        }
        out.append('\n');
        out.append(String.format("  %-22s %s%n", "Kafka bootstrap", platform.kafkaBootstrap()
                + (platform.manages(LocalPlatform.KAFKA) ? "  (embedded KRaft broker, " + shown(repo, platform.dataDir().resolve("kafka")) + ")" : "  (external)")));
        out.append(String.format("  %-22s %s%n", "MongoDB", platform.mongoUri()
                + (platform.manages(LocalPlatform.MONGODB) ? "  (embedded, " + shown(repo, platform.dataDir().resolve("mongo/propertyops.mv")) + ")" : "  (external)")));
        out.append(String.format("  %-22s %s%n", "Logs", shown(repo, platform.logDir())));
        out.append(String.format("  %-22s %s%n", "Token (demo owner)", "deploy/local/token.sh 13800138001"
                + (DemoSecrets.isDevPassword(platform.demoPassword()) ? "   (demo password: " + DemoSecrets.DEV_PASSWORD + ")" : "")));
        out.append(String.format("  %-22s %s%n", "Token (integration)", "deploy/local/token.sh --client   (secret "
                + (isSet(System.getenv(DemoSecrets.CLIENT_SECRET)) ? "from " + DemoSecrets.CLIENT_SECRET
                        : "in " + shown(repo, platform.dataDir().resolve("secrets.properties"))) + ")"));
        out.append(String.format("%nCtrl-C stops everything.%n"));
        return out.toString();
    }

    private static String shown(Path repo, Path path) {
        return path.startsWith(repo) ? repo.relativize(path).toString() : path.toString();
    }

    private static Duration sinceLaunch(Clock clock) {
        Instant now = clock.instant();
        return Duration.between(ProcessHandle.current().info().startInstant().orElse(now), now);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
