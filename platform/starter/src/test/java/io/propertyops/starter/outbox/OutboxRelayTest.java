package io.propertyops.starter.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.propertyops.events.CloudEventHeaders;
import io.propertyops.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox on real parts: a MongoDB wire server and a real Kafka broker. While the relay's producer can
 * reach no broker, events stay in their document; once it can, they leave in the order they were recorded,
 * and only after Kafka acknowledged them. (The same path with a broker process stopped and restarted under
 * the running platform is covered by deploy/local's end-to-end tests.)
 */
class OutboxRelayTest {

    static final String TOPIC = "propertyops.outbox-test.v1";

    @Document("orders")
    record Order(@Id String id, String state, List<OutboxMessage> pendingEvents) implements HasOutbox {
        @Override
        public List<OutboxMessage> getPendingEvents() {
            return pendingEvents;
        }
    }

    static MongoClient client;
    static MongoTemplate mongo;
    static KafkaTemplate<String, byte[]> unreachable;
    static KafkaTemplate<String, byte[]> reachable;

    @BeforeAll
    static void setUp() throws IOException {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoUri());
        mongo = new MongoTemplate(client, "outbox_test_" + UUID.randomUUID().toString().substring(0, 8));
        try (ServerSocket socket = new ServerSocket(0)) {
            unreachable = producer("127.0.0.1:" + socket.getLocalPort());
        }
        reachable = producer(SharedInfrastructure.endpoints().kafkaBootstrap());
    }

    static KafkaTemplate<String, byte[]> producer(String bootstrap) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4_000)));
    }

    @AfterAll
    static void tearDown() {
        unreachable.destroy();
        reachable.destroy();
        client.close();
    }

    static OutboxMessage message(String aggregateId, int n) {
        return new OutboxMessage(aggregateId + "-event-" + n, "propertyops.outbox-test.changed.v1", TOPIC, aggregateId,
                "outbox-test", aggregateId, Instant.now(), "{\"n\":" + n + "}", null, Instant.now().minusSeconds(60));
    }

    static OutboxRelay relay(KafkaTemplate<String, byte[]> kafka) {
        return new OutboxRelay(mongo, kafka, () -> Set.of("orders"),
                new OutboxProperties(Duration.ofSeconds(1), Duration.ZERO, 100, Duration.ofSeconds(5)),
                Clock.systemUTC(), new SimpleMeterRegistry());
    }

    int pending(String id) {
        return mongo.findById(id, Order.class).pendingEvents().size();
    }

    @Test
    void eventsWaitInTheirDocumentWhileKafkaIsUnreachableAndLeaveInOrderOnceItIsReachable() {
        String id = "order-" + UUID.randomUUID();
        mongo.insert(new Order(id, "PLACED", List.of(message(id, 1), message(id, 2), message(id, 3))));

        OutboxRelay cutOff = relay(unreachable);
        assertThat(cutOff.publish("orders", id)).isEqualTo(-1);
        assertThat(cutOff.sweep()).isZero();
        assertThat(pending(id)).isEqualTo(3);

        OutboxRelay connected = relay(reachable);
        assertThat(connected.sweep()).isEqualTo(3);
        assertThat(pending(id)).isZero();
        List<ConsumerRecord<String, byte[]>> received = consume(id, 3);
        assertThat(received).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        assertThat(received).extracting(record -> new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .containsExactly(id + "-event-1", id + "-event-2", id + "-event-3");
        assertThat(mongo.findById(id, Order.class).state()).isEqualTo("PLACED");
    }

    static List<ConsumerRecord<String, byte[]>> consume(String key, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                });
                return records.size() >= expected;
            });
        }
        return records;
    }

    @Test
    void aSweepLeavesRecentEventsToTheImmediatePublishAndPublishesOlderOnes() {
        String id = "order-" + UUID.randomUUID();
        OutboxMessage fresh = new OutboxMessage(id + "-fresh", "propertyops.outbox-test.changed.v1", TOPIC, id,
                "outbox-test", id, Instant.now(), "{}", null, Instant.now().plusSeconds(3600));
        mongo.insert(new Order(id, "PLACED", List.of(fresh)));

        assertThat(relay(reachable).sweep()).isZero();
        assertThat(pending(id)).isEqualTo(1);
        assertThat(relay(reachable).publish("orders", id)).isEqualTo(1);
        assertThat(pending(id)).isZero();
    }
}
