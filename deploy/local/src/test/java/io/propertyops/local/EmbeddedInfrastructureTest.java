package io.propertyops.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/** Kafka and MongoDB started by the launcher's own code, each a real process, on random ports. */
class EmbeddedInfrastructureTest {

    @TempDir
    static Path dataDir;

    static LocalPlatform platform;

    @BeforeAll
    static void startKafkaAndMongo() {
        platform = LocalPlatform.builder()
                .dataDir(dataDir)
                .ports(PortPlan.randomFree())
                .only(LocalPlatform.KAFKA, LocalPlatform.MONGODB)
                .readyTimeout(Duration.ofSeconds(60))
                .build()
                .start();
    }

    @AfterAll
    static void stopThem() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void producesAndConsumesARecordOnTheRealBroker() {
        String topic = newTopic();

        send(topic, "WO-20261123-0042", "created");

        assertThat(awaitValues(topic, 1)).containsExactly("created");
    }

    @Test
    void keepsMongoDocumentsWhenTheProcessRestarts() {
        try (MongoClient client = MongoClients.create(platform.mongoUri())) {
            workOrders(client).insertOne(new Document("_id", "WO-20261123-0042").append("status", "DISPATCHED"));
        }

        platform.stop(LocalPlatform.MONGODB);
        assertThat(platform.isRunning(LocalPlatform.MONGODB)).isFalse();
        platform.restart(LocalPlatform.MONGODB);

        try (MongoClient client = MongoClients.create(platform.mongoUri())) {
            Document workOrder = workOrders(client).find(new Document("_id", "WO-20261123-0042")).first();
            assertThat(workOrder).isNotNull();
            assertThat(workOrder.getString("status")).isEqualTo("DISPATCHED");
        }
    }

    @Test
    void brokerComesBackAfterSigkillWithTheRecordsItHadAcknowledged() {
        String topic = newTopic();
        send(topic, "WO-20261123-0043", "dispatched");

        platform.kill(LocalPlatform.KAFKA);
        assertThat(platform.isRunning(LocalPlatform.KAFKA)).isFalse();
        platform.restart(LocalPlatform.KAFKA);
        send(topic, "WO-20261123-0043", "accepted");

        assertThat(awaitValues(topic, 2)).containsExactly("dispatched", "accepted");
    }

    private static String newTopic() {
        return "propertyops.test." + UUID.randomUUID();
    }

    private static MongoCollection<Document> workOrders(MongoClient client) {
        return client.getDatabase("propertyops-launcher-test").getCollection("workOrders");
    }

    private static void send(String topic, String key, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not send to " + topic, e);
        }
    }

    private static List<String> awaitValues(String topic, int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= count;
            });
        }
        return values;
    }
}
