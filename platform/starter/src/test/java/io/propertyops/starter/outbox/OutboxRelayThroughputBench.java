package io.propertyops.starter.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.propertyops.testsupport.SharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not part of the suite (its name ends in neither Test nor Tests): prints how long the relay takes to publish
 * 10,000 events from 10,000 documents on the embedded parts, by the prompt path and by the sweep. It asserts only
 * that everything was published, never a time. Run it alone:
 * {@code ./mvnw -B -o verify -pl platform/starter -am -Dtest=OutboxRelayThroughputBench -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OutboxRelayThroughputBench {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayThroughputBench.class);

    /** A measured figure, in the test's log (its surefire output). */
    private static void report(String format, Object... args) {
        log.info(format.formatted(args).strip());
    }

    static final int DOCUMENTS = 10_000;

    static MongoClient client;
    static MongoTemplate mongo;
    static KafkaTemplate<String, byte[]> kafka;

    @BeforeAll
    static void setUp() {
        client = MongoClients.create(SharedInfrastructure.endpoints().mongoUri());
        mongo = new MongoTemplate(client, "outbox_bench_" + UUID.randomUUID().toString().substring(0, 8));
        kafka = OutboxRelayTest.producer(SharedInfrastructure.endpoints().kafkaBootstrap());
    }

    @AfterAll
    static void tearDown() {
        kafka.destroy();
        client.close();
    }

    @Test
    void publishesTenThousandEventsFromTenThousandDocuments() {
        warmUp();
        prompt("prompt, re-read", false);
        prompt("prompt, handed over", true);
        swept();
        sweepAmong(1_000);
        sweepAmong(100_000);
    }

    /** One sweep that finds one marked document among many without events, beside the old sweep's range query. */
    void sweepAmong(int documents) {
        String collection = "quiet_" + documents;
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxRelayTest.Order.class, collection);
        for (int i = 0; i < documents; i++) {
            bulk.insert(OutboxRelayTest.Order.placed("order-" + UUID.randomUUID()));
        }
        bulk.execute();
        OutboxRelay relay = relay(collection, new SimpleMeterRegistry());
        relay.ensureIndexes();
        for (int round = 0; round < 5; round++) {
            String id = "order-" + UUID.randomUUID();
            marked(OutboxRelayTest.Order.placed(id, OutboxRelayTest.message(id, 1)), collection);
            long start = System.nanoTime();
            int published = relay.sweep();
            long swept = System.nanoTime();
            Query oldSweep = Query.query(
                    Criteria.where(HasOutbox.FIELD + ".recordedAt")
                            .lt(Date.from(Instant.now()))).limit(200);
            oldSweep.fields().include("_id");
            mongo.find(oldSweep, Document.class, collection);
            long oldQuery = System.nanoTime();
            assertThat(published).isEqualTo(1);
            report("OUTBOX BENCH sweep among %,7d documents: %6.1f ms (the old sweep's range query alone: %6.1f ms)%n",
                    documents, (swept - start) / 1e6, (oldQuery - swept) / 1e6);
        }
    }

    /** An order as a service's repository writes it, marked for the sweep; no relay takes the prompt. */
    static void marked(OutboxRelayTest.Order order, String collection) {
        mongo.insert(StateUpdate.insertion(mongo.getConverter(), order), collection);
    }

    void warmUp() {
        String collection = "warm_up";
        List<String> ids = insert(collection, 2_000);
        OutboxRelay relay = relay(collection, new SimpleMeterRegistry());
        relay.start();
        try {
            ids.forEach(id -> relay.publishSoon(collection, id));
            // the first sends may time out while the broker creates the topic: the sweep takes what they left
            await().atMost(Duration.ofMinutes(5)).until(() -> relay.sweep() >= 0 && pendingDocuments(collection) == 0);
        } finally {
            relay.stop();
        }
    }

    void prompt(String label, boolean handedOver) {
        String collection = "prompt_" + (handedOver ? "handed" : "reread");
        List<String> ids = insert(collection, DOCUMENTS);
        MeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = relay(collection, meters);
        relay.start();
        try {
            long start = System.nanoTime();
            for (String id : ids) {
                if (handedOver) {
                    relay.publishSoon(collection, id, List.of(OutboxRelayTest.message(id, 1)));
                } else {
                    relay.publishSoon(collection, id);
                }
            }
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> meters.counter("propertyops.outbox.published").count() >= DOCUMENTS);
            long published = System.nanoTime();
            await().atMost(Duration.ofMinutes(1)).until(() -> pendingDocuments(collection) == 0);
            report(label, start, published);
        } finally {
            relay.stop();
        }
    }

    void swept() {
        String collection = "swept";
        insert(collection, DOCUMENTS);
        OutboxRelay relay = relay(collection, new SimpleMeterRegistry());
        relay.ensureIndexes();
        assertThat(mongo.count(Query.query(
                Criteria.where(HasOutbox.MARK).exists(true)), collection))
                .isEqualTo(DOCUMENTS);
        long start = System.nanoTime();
        int total = 0;
        while (total < DOCUMENTS) {
            int count = relay.sweep();
            assertThat(count).isPositive();
            total += count;
        }
        report("sweep only", start, System.nanoTime());
        assertThat(pendingDocuments(collection)).isZero();
    }

    static void report(String label, long start, long end) {
        double seconds = (end - start) / 1e9;
        report("OUTBOX BENCH %-20s %,d events from %,d documents in %.2f s (%,.0f events/s)%n",
                label, DOCUMENTS, DOCUMENTS, seconds, DOCUMENTS / seconds);
    }

    static List<String> insert(String collection, int count) {
        List<String> ids = new ArrayList<>();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        for (int i = 0; i < count; i++) {
            String id = "order-" + UUID.randomUUID();
            ids.add(id);
            bulk.insert(StateUpdate.insertion(mongo.getConverter(), OutboxRelayTest.Order.placed(id, OutboxRelayTest.message(id, 1))));
        }
        bulk.execute();
        return ids;
    }

    static long pendingDocuments(String collection) {
        return mongo.count(Query.query(
                Criteria.where(HasOutbox.FIELD + ".0").exists(true)), collection);
    }

    static OutboxRelay relay(String collection, MeterRegistry meters) {
        return new OutboxRelay(mongo, kafka, () -> Set.of(collection),
                new OutboxProperties(Duration.ofHours(1), Duration.ZERO, 200, Duration.ofSeconds(10)),
                Clock.systemUTC(), meters);
    }

}
