package io.propertyops.starter.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.propertyops.events.CloudEventHeaders;
import io.propertyops.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

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
    /** A topic whose broker refuses records over 1 kB until the test lifts the limit. */
    static final String LIMITED = "propertyops.outbox-limited.v1";

    @Document("orders")
    record Order(@Id String id, String state, List<OutboxMessage> pendingEvents) implements HasOutbox {
        static Order placed(String id, OutboxMessage... events) {
            return new Order(id, "PLACED", List.of(events));
        }

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
        try (ServerSocket socket = new ServerSocket(0)) {
            unreachable = producer("127.0.0.1:" + socket.getLocalPort());
        }
        reachable = producer(SharedInfrastructure.endpoints().kafkaBootstrap());
    }

    /** A database of its own for each test, so that no sweep meets what another test left. */
    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "outbox_test_" + UUID.randomUUID().toString().substring(0, 8));
        relay(reachable).ensureIndexes();
    }

    static KafkaTemplate<String, byte[]> producer(String bootstrap) {
        return producer(bootstrap, 16_384);
    }

    static KafkaTemplate<String, byte[]> producer(String bootstrap, int batchBytes) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.BATCH_SIZE_CONFIG, batchBytes,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
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
        return message(TOPIC, aggregateId, n, "{\"n\":" + n + "}");
    }

    static OutboxMessage message(String topic, String aggregateId, int n, String data) {
        return new OutboxMessage(aggregateId + "-event-" + n, "propertyops.outbox-test.changed.v1", topic, aggregateId,
                "outbox-test", aggregateId, Instant.now(), data, null, Instant.now().minusSeconds(60));
    }

    static OutboxRelay relay(KafkaTemplate<String, byte[]> kafka) {
        return relay(kafka, new SimpleMeterRegistry());
    }

    static OutboxRelay relay(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        return new OutboxRelay(mongo, kafka, () -> Set.of("orders"),
                new OutboxProperties(Duration.ofHours(1), Duration.ZERO, 100, Duration.ofSeconds(5), 50, 2),
                Clock.systemUTC(), meters);
    }

    /** Inserts an order as a service's repository does: marked, and its events handed to the relay. */
    interface Writer {
        void insert(Order order);
    }

    static Writer writer(OutboxRelay relay) {
        OutboxWrites writes = new OutboxWrites(mongo, relay);
        return order -> writes.insert(order, "orders");
    }

    int pending(String id) {
        return mongo.findById(id, Order.class).pendingEvents().size();
    }

    boolean marked(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id).and(HasOutbox.MARK).exists(true)), "orders");
    }

    @Test
    void eventsWaitInTheirDocumentWhileKafkaIsUnreachableAndLeaveInOrderOnceItIsReachable() {
        String id = "order-" + UUID.randomUUID();
        OutboxRelay cutOff = relay(unreachable);
        writer(cutOff).insert(Order.placed(id, message(id, 1), message(id, 2), message(id, 3)));

        assertThat(cutOff.publish("orders", id)).isEqualTo(-1);
        assertThat(cutOff.sweep()).isZero();
        assertThat(pending(id)).isEqualTo(3);
        assertThat(marked(id)).isTrue();

        OutboxRelay connected = relay(reachable);
        assertThat(connected.sweep()).isEqualTo(3);
        assertThat(pending(id)).isZero();
        assertThat(marked(id)).isFalse();
        List<ConsumerRecord<String, byte[]>> received = consume(TOPIC, Set.of(id), 3).get(id);
        assertThat(received).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        assertThat(received).extracting(record -> new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .containsExactly(id + "-event-1", id + "-event-2", id + "-event-3");
        assertThat(mongo.findById(id, Order.class).state()).isEqualTo("PLACED");
    }

    @Test
    void insertsABurstInOneBulkEachAtMostOnceAndPublishesOnlyTheNewOnes() {
        String stored = "order-" + UUID.randomUUID();
        String fresh = "order-" + UUID.randomUUID();
        // a sweep that waits an hour before it takes a marked document: what goes out, the write handed over
        OutboxRelay relay = new OutboxRelay(mongo, reachable, () -> Set.of("orders"),
                new OutboxProperties(Duration.ofHours(1), Duration.ofHours(1), 100, Duration.ofSeconds(5), 50, 2),
                Clock.systemUTC(), new SimpleMeterRegistry());
        OutboxWrites writes = new OutboxWrites(mongo, relay);
        mongo.insert(new Order(stored, "SHIPPED", List.of()));
        relay.start();
        try {
            List<Order> written = writes.insertNew(List.of(Order.placed(stored, message(stored, 1)),
                    Order.placed(fresh, message(fresh, 1)), Order.placed(fresh, message(fresh, 2))), "orders");

            assertThat(written).extracting(Order::id).containsExactly(fresh);
            assertThat(mongo.findById(stored, Order.class).state()).isEqualTo("SHIPPED");
            assertThat(consume(TOPIC, Set.of(fresh), 1).get(fresh))
                    .extracting(record -> new String(record.value(), StandardCharsets.UTF_8)).containsExactly("{\"n\":1}");
            await().atMost(Duration.ofSeconds(10)).until(() -> pending(fresh) == 0 && !marked(fresh));
            assertThat(pending(stored)).isZero();
        } finally {
            relay.stop();
        }
    }

    @Test
    void aBulkInsertWritesAndSendsOnlyTheAggregatesNotStoredYetEvenWhenTwoWritersRace() throws Exception {
        OutboxRelay relay = relay(reachable);
        OutboxWrites writes = new OutboxWrites(mongo, relay);
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> "order-" + UUID.randomUUID()).toList();
        String before = ids.getFirst();
        List<Order> written = new java.util.ArrayList<>();
        relay.start();
        try {
            writes.insert(Order.placed(before, message(before, 1)), "orders");
            // two writers with the same batch at once, as two replicas generating the same tasks
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> writes.insertNew(
                    ids.stream().map(id -> Order.placed(id, message(id, 1))).toList(), "orders"));
            var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> writes.insertNew(
                    ids.stream().map(id -> Order.placed(id, message(id, 2))).toList(), "orders"));
            written.addAll(first.get());
            written.addAll(second.get());

            assertThat(written).extracting(Order::id).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(ids.subList(1, ids.size()));
            await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().noneMatch(this::marked));
        } finally {
            relay.stop();
        }
        // only the event of the writer that stored each one goes out (the relay may send it twice: at least once)
        Map<String, String> storedBy = new HashMap<>();
        storedBy.put(before, before + "-event-1");
        written.forEach(order -> storedBy.put(order.id(), order.pendingEvents().getFirst().eventId()));
        Map<String, List<ConsumerRecord<String, byte[]>>> received = consume(TOPIC, Set.copyOf(ids), ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(received.get(id)).isNotEmpty()
                .extracting(record -> new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .containsOnly(storedBy.get(id)));
        assertThat(writes.insertNew(List.of(), "orders")).isEmpty();
    }

    @Test
    void publishesManyAggregatesInBatchesEachInTheOrderItsEventsWereRecorded() {
        MeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = relay(reachable, meters);
        Writer writer = writer(relay);
        List<String> ids = IntStream.range(0, 300).mapToObj(i -> "order-" + UUID.randomUUID()).toList();
        relay.start();
        try {
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (i % 2 == 0) {
                    // inserted: the write hands the events over
                    writer.insert(Order.placed(id, message(id, 1), message(id, 2), message(id, 3)));
                } else {
                    // changed elsewhere: the relay reads the events from the document
                    mongo.insert(Order.placed(id, message(id, 1), message(id, 2), message(id, 3)));
                    relay.publishSoon("orders", id);
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> meters.counter("propertyops.outbox.published").count() >= 900);
        } finally {
            relay.stop();
        }

        assertThat(ids).allSatisfy(id -> {
            assertThat(pending(id)).isZero();
            assertThat(marked(id)).isFalse();
        });
        Map<String, List<ConsumerRecord<String, byte[]>>> received = consume(TOPIC, Set.copyOf(ids), 900);
        assertThat(ids).allSatisfy(id -> assertThat(received.get(id))
                .extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"));
    }

    @Test
    void oneAggregateChangedInQuickSuccessionIsPublishedByOneThreadAtATimeEachEventOnceInOrder() {
        MeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(mongo, reachable, () -> Set.of("orders"),
                new OutboxProperties(Duration.ofHours(1), Duration.ZERO, 100, Duration.ofSeconds(5), 1, 4),
                Clock.systemUTC(), meters);
        String id = "order-" + UUID.randomUUID();
        mongo.insert(Order.placed(id));
        relay.start();
        try {
            for (int n = 1; n <= 30; n++) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                        StateUpdate.of(mongo.getConverter(), new Order(id, "CHANGED-" + n, List.of()),
                                List.of(message(id, n)), "version", n), Order.class);
                relay.publishSoon("orders", id);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> pending(id) == 0);
        } finally {
            relay.stop();
        }

        List<String> received = consume(TOPIC, Set.of(id), 30).get(id).stream()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList();
        assertThat(received).containsExactlyElementsOf(IntStream.rangeClosed(1, 30).mapToObj(n -> "{\"n\":" + n + "}").toList());
        assertThat(meters.counter("propertyops.outbox.published").count()).isEqualTo(30);
    }

    @Test
    void aRefusedEventStaysPendingWithTheLaterOnesOfItsAggregateAndTheSweepPublishesThemOnceKafkaTakesThem() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(LIMITED, 3, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1024")))).all().get(30, TimeUnit.SECONDS);
            String refused = "order-" + UUID.randomUUID();
            String other = "order-" + UUID.randomUUID();
            MeterRegistry meters = new SimpleMeterRegistry();
            // small producer batches: the big event travels alone, so the broker refuses it and not its neighbours
            KafkaTemplate<String, byte[]> smallBatches = producer(SharedInfrastructure.endpoints().kafkaBootstrap(), 1_024);
            OutboxRelay relay = relay(smallBatches, meters);
            relay.start();
            try {
                Writer writer = writer(relay);
                writer.insert(Order.placed(refused, message(LIMITED, refused, 1, "{}"),
                        message(LIMITED, refused, 2, "{\"big\":\"" + "x".repeat(4_000) + "\"}"),
                        message(LIMITED, refused, 3, "{}")));
                writer.insert(Order.placed(other, message(LIMITED, other, 1, "{}"), message(LIMITED, other, 2, "{}")));
                await().atMost(Duration.ofSeconds(30)).until(() -> pending(other) == 0 && pending(refused) < 3);
                await().atMost(Duration.ofSeconds(30)).until(() -> meters.counter("propertyops.outbox.failures").count() >= 1);
            } finally {
                relay.stop();
                smallBatches.destroy();
            }
            assertThat(mongo.findById(refused, Order.class).pendingEvents()).extracting(OutboxMessage::eventId)
                    .containsExactly(refused + "-event-2", refused + "-event-3");
            assertThat(marked(refused)).isTrue();
            assertThat(marked(other)).isFalse();

            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, LIMITED), List.of(
                    new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "1048588"), AlterConfigOp.OpType.SET))))
                    .all().get(30, TimeUnit.SECONDS);
            OutboxRelay later = relay(reachable);
            await().atMost(Duration.ofSeconds(30)).until(() -> later.sweep() >= 0 && pending(refused) == 0);
            assertThat(marked(refused)).isFalse();

            List<String> received = consume(LIMITED, Set.of(refused), 3).get(refused).stream()
                    .map(record -> new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                    .toList();
            // the third may have gone out with the refused second and goes again after it: at least once, in order
            assertThat(received.getFirst()).isEqualTo(refused + "-event-1");
            assertThat(received.subList(received.size() - 2, received.size()))
                    .containsExactly(refused + "-event-2", refused + "-event-3");
        }
    }

    @Test
    void theSweepPublishesWritesWhosePromptPublishWasLost() {
        OutboxRelay crashed = relay(reachable); // never started: it takes no prompt, as after a crash
        String inserted = "order-" + UUID.randomUUID();
        writer(crashed).insert(Order.placed(inserted, message(inserted, 1)));
        String updated = "order-" + UUID.randomUUID();
        mongo.insert(Order.placed(updated));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(updated)),
                StateUpdate.of(mongo.getConverter(), new Order(updated, "SHIPPED", List.of()),
                        List.of(message(updated, 1), message(updated, 2)), "version", 1), Order.class);
        assertThat(pending(inserted)).isEqualTo(1);
        assertThat(pending(updated)).isEqualTo(2);

        assertThat(relay(reachable).sweep()).isEqualTo(3);

        assertThat(pending(inserted)).isZero();
        assertThat(pending(updated)).isZero();
        assertThat(marked(inserted)).isFalse();
        assertThat(marked(updated)).isFalse();
        assertThat(consume(TOPIC, Set.of(updated), 2).get(updated))
                .extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(mongo.findById(updated, Order.class).state()).isEqualTo("SHIPPED");
    }

    @Test
    void eventsWrittenBeforeMarksExistedAreMarkedAtStartAndSwept() {
        String id = "order-" + UUID.randomUUID();
        mongo.insert(Order.placed(id, message(id, 1))); // not through OutboxWrites: no mark, as before this relay
        OutboxRelay relay = relay(reachable);

        relay.markUnmarked();

        assertThat(marked(id)).isTrue();
        assertThat(relay.sweep()).isEqualTo(1);
        assertThat(pending(id)).isZero();
        assertThat(marked(id)).isFalse();
    }

    @Test
    void recordsTheAgeOfEachEventFromItsRecordingToItsAcknowledgement() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        String id = "order-" + UUID.randomUUID();
        OutboxRelay relay = relay(reachable, meters);
        writer(relay).insert(Order.placed(id, message(id, 1), message(id, 2)));

        assertThat(relay.publish("orders", id)).isEqualTo(2);

        assertThat(meters.timer("propertyops.outbox.age").count()).isEqualTo(2);
        assertThat(meters.timer("propertyops.outbox.age").max(TimeUnit.SECONDS)).isGreaterThanOrEqualTo(60);
        assertThat(meters.scrape()).contains("propertyops_outbox_age_seconds_bucket");
    }

    static Map<String, List<ConsumerRecord<String, byte[]>>> consume(String topic, Collection<String> keys, int expected) {
        Map<String, List<ConsumerRecord<String, byte[]>>> records = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            int[] count = {0};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (keys.contains(record.key())) {
                        records.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record);
                        count[0]++;
                    }
                });
                return count[0] >= expected && records.keySet().containsAll(keys);
            });
        }
        return records;
    }

    @Test
    void aSweepLeavesRecentEventsToTheImmediatePublishAndPublishesOlderOnes() {
        String id = "order-" + UUID.randomUUID();
        OutboxMessage fresh = new OutboxMessage(id + "-fresh", "propertyops.outbox-test.changed.v1", TOPIC, id,
                "outbox-test", id, Instant.now(), "{}", null, Instant.now().plusSeconds(3600));
        writer(relay(reachable)).insert(Order.placed(id, fresh));

        assertThat(relay(reachable).sweep()).isZero();
        assertThat(pending(id)).isEqualTo(1);
        assertThat(relay(reachable).publish("orders", id)).isEqualTo(1);
        assertThat(pending(id)).isZero();
        assertThat(marked(id)).isFalse();
    }
}
