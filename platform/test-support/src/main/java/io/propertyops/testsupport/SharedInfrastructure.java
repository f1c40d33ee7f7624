package io.propertyops.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * The Kafka broker and MongoDB server every test class of one JVM shares: started on first use, stopped
 * when the JVM exits.
 *
 * <p>The mode comes from the system property {@code propertyops.test.infrastructure}: {@code embedded}
 * (default: a real single-node KRaft broker and mongo-java-server in memory) or {@code testcontainers}
 * (real Kafka and MongoDB images, only where a Docker engine runs; {@link InfrastructureExtension} skips
 * the tests otherwise).
 */
public final class SharedInfrastructure {

    public enum Mode { EMBEDDED, TESTCONTAINERS }

    private static volatile Endpoints endpoints;

    private SharedInfrastructure() {
    }

    public record Endpoints(String kafkaBootstrap, String mongoUri) {
    }

    public static Mode mode() {
        return "testcontainers".equalsIgnoreCase(System.getProperty("propertyops.test.infrastructure", "embedded"))
                ? Mode.TESTCONTAINERS : Mode.EMBEDDED;
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static Endpoints endpoints() {
        Endpoints current = endpoints;
        if (current == null) {
            synchronized (SharedInfrastructure.class) {
                current = endpoints;
                if (current == null) {
                    current = mode() == Mode.TESTCONTAINERS ? startContainers() : startEmbedded();
                    endpoints = current;
                }
            }
        }
        return current;
    }

    private static Endpoints startEmbedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "test-infrastructure-stop"));
        return new Endpoints(kafka.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort());
    }

    private static Endpoints startContainers() {
        if (!dockerAvailable()) {
            throw new IllegalStateException("propertyops.test.infrastructure=testcontainers needs a Docker engine");
        }
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }, "test-containers-stop"));
        return new Endpoints(kafka.getBootstrapServers(), mongo.getConnectionString());
    }
}
