package io.propertyops.starter.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Publishes the events waiting in aggregate documents, right after each write and on a periodic sweep, and
 * removes each from its document only after Kafka acknowledged it. Events of one aggregate go out in the
 * order they were recorded (one aggregate is published by one thread at a time, and a failure stops the
 * rest of that aggregate's events until the next attempt). Delivery is at least once: a crash between the
 * acknowledgement and the removal publishes an event again, which listeners tolerate by design.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Supplier<Set<String>> collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ThreadPoolTaskExecutor immediate = new ThreadPoolTaskExecutor();
    private final ThreadPoolTaskScheduler sweeper = new ThreadPoolTaskScheduler();
    private final Counter published;
    private final Counter failed;
    private volatile ScheduledFuture<?> sweeping;
    private volatile boolean running;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, Supplier<Set<String>> collections,
                       OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("propertyops.outbox.published").description("Events acknowledged by Kafka and removed from their document").register(meters);
        this.failed = Counter.builder("propertyops.outbox.failures").description("Publish attempts that failed and stay pending").register(meters);
        immediate.setThreadNamePrefix("outbox-");
        immediate.setCorePoolSize(2);
        immediate.setMaxPoolSize(2);
        immediate.setQueueCapacity(10_000);
        // a full queue drops only the prompt; the event stays in its document for the sweep
        immediate.setRejectedExecutionHandler((task, executor) -> { });
        sweeper.setThreadNamePrefix("outbox-sweep-");
        sweeper.setPoolSize(1);
    }

    /** Publishes the pending events of one document soon, off the caller's thread. */
    public void publishSoon(String collection, Object id) {
        if (running) {
            immediate.execute(() -> publish(collection, id));
        }
    }

    /**
     * Publishes the pending events of one document now.
     *
     * @return how many were published, or -1 when an event could not be published
     */
    public int publish(String collection, Object id) {
        String lock = collection + "/" + id;
        if (!inFlight.add(lock)) {
            return 0;
        }
        try {
            Query byId = Query.query(Criteria.where("_id").is(id));
            byId.fields().include(HasOutbox.FIELD);
            Document document = mongo.findOne(byId, Document.class, collection);
            if (document == null) {
                return 0;
            }
            List<Document> pending = document.getList(HasOutbox.FIELD, Document.class, List.of());
            List<String> done = new ArrayList<>();
            boolean failure = false;
            for (Document message : pending) {
                try {
                    send(message);
                    done.add(message.getString("eventId"));
                } catch (Exception e) {
                    failed.increment();
                    log.warn("Outbox publish of {} from {}/{} failed, it stays pending: {}",
                            message.getString("eventId"), collection, id, e.toString());
                    failure = true;
                    break;
                }
            }
            if (!done.isEmpty()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                        new Update().pull(HasOutbox.FIELD, new Document("eventId", new Document("$in", done))),
                        collection);
                published.increment(done.size());
            }
            return failure ? -1 : done.size();
        } finally {
            inFlight.remove(lock);
        }
    }

    /** One sweep over every outbox collection; returns the number of events published. */
    public int sweep() {
        int total = 0;
        Date cutoff = Date.from(clock.instant().minus(properties.sweepGrace()));
        for (String collection : collections.get()) {
            Query due = Query.query(Criteria.where(HasOutbox.FIELD + ".recordedAt").lt(cutoff))
                    .with(Sort.by("_id")).limit(properties.sweepBatch());
            due.fields().include("_id");
            for (Document document : mongo.find(due, Document.class, collection)) {
                int count = publish(collection, document.get("_id"));
                if (count < 0) {
                    return total; // Kafka is most likely away: try again at the next sweep, not once per document
                }
                total += count;
            }
        }
        return total;
    }

    private void send(Document message) throws Exception {
        OutboxMessage outgoing = new OutboxMessage(
                message.getString("eventId"), message.getString("type"), message.getString("topic"),
                message.getString("key"), message.getString("source"), message.getString("subject"),
                message.getDate("time") == null ? null : message.getDate("time").toInstant(),
                message.getString("data"), message.getString("traceparent"),
                message.getDate("recordedAt") == null ? null : message.getDate("recordedAt").toInstant());
        RecordHeaders headers = new RecordHeaders();
        outgoing.envelope().headers().forEach(headers::add);
        if (outgoing.traceparent() != null) {
            headers.add("traceparent", outgoing.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(outgoing.topic(), null, outgoing.key(),
                outgoing.data().getBytes(StandardCharsets.UTF_8), headers);
        kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    void ensureIndexes() {
        for (String collection : collections.get()) {
            mongo.indexOps(collection).createIndex(new Index().on(HasOutbox.FIELD + ".recordedAt",
                    Sort.Direction.ASC).sparse().named("outbox_pending"));
        }
    }

    @Override
    public void start() {
        immediate.initialize();
        sweeper.initialize();
        try {
            ensureIndexes();
        } catch (RuntimeException e) {
            log.warn("Could not declare the outbox index: {}", e.toString());
        }
        running = true;
        sweeping = sweeper.scheduleWithFixedDelay(this::sweepQuietly, properties.sweepInterval());
    }

    private void sweepQuietly() {
        try {
            int count = sweep();
            if (count > 0) {
                log.info("Outbox sweep published {} events", count);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (sweeping != null) {
            sweeping.cancel(false);
        }
        sweeper.shutdown();
        immediate.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
