package io.propertyops.starter.outbox;

import io.micrometer.core.instrument.Counter;
import io.propertyops.starter.persistence.DueMarks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Publishes the events waiting in aggregate documents, right after each write and on a periodic sweep, and
 * removes each from its document only after Kafka acknowledged it.
 *
 * <p>Prompt requests are coalesced per document and drained in batches: the events of a batch are those the writer
 * handed over, or else read in one {@code $in} query per collection; all records are sent at once and their
 * acknowledgements awaited together; the acknowledged events leave their documents in one unordered bulk write.
 * Events of one aggregate go out in the order they were recorded: one aggregate is handled by one thread at a time,
 * and after a failed event the later ones of the same aggregate stay pending until the next attempt (the producer
 * is idempotent, one key goes to one partition). Delivery is at least once: an event may be sent again after a
 * failure or a crash between the acknowledgement and the removal, which listeners tolerate by design.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Prompt requests waiting beyond this are dropped: their documents are marked, the sweep finds them. */
    static final int PENDING_LIMIT = 10_000;

    /** Stands for the events of a document that are to be read from it (a list of its own, compared by identity). */
    private static final List<OutboxMessage> READ = Collections.unmodifiableList(new ArrayList<>());

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Supplier<Set<String>> collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter published;
    private final Counter failed;
    private final Timer age;

    private final Object lock = new Object();
    /** Documents to publish, in the order asked; the events handed over, or null to read them from the document. */
    private final LinkedHashMap<Aggregate, List<OutboxMessage>> requested = new LinkedHashMap<>();
    /** Documents a thread is publishing now; nobody else touches them meanwhile. */
    private final Set<Aggregate> claimed = new HashSet<>();

    private final List<Thread> drainers = new ArrayList<>();
    private final ThreadPoolTaskScheduler sweeper = new ThreadPoolTaskScheduler();
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
        this.age = Timer.builder("propertyops.outbox.age").description("From an event's recording to Kafka's acknowledgement")
                .publishPercentileHistogram().register(meters);
        sweeper.setThreadNamePrefix("outbox-sweep-");
        sweeper.setPoolSize(1);
    }

    private record Aggregate(String collection, Object id) {
    }

    /** Publishes the pending events of one document soon, off the caller's thread, reading them from the document. */
    public void publishSoon(String collection, Object id) {
        request(new Aggregate(collection, id), null);
    }

    /**
     * Publishes the given events of one document soon, off the caller's thread, without reading the document.
     *
     * @param events every event the document holds pending after the write, in recorded order: so after an insert
     *               or a whole-document save. After a write that appended events to a list that may hold older
     *               ones (as {@link StateUpdate} does), use {@link #publishSoon(String, Object)}, or the older ones
     *               would go out after the new.
     */
    public void publishSoon(String collection, Object id, List<OutboxMessage> events) {
        request(new Aggregate(collection, id), List.copyOf(events));
    }

    private void request(Aggregate aggregate, List<OutboxMessage> events) {
        if (!running || events != null && events.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (requested.containsKey(aggregate)) {
                requested.put(aggregate, null); // asked twice before it went: the document has it all
            } else if (requested.size() < PENDING_LIMIT) {
                requested.put(aggregate, events);
            } else {
                return; // the document is marked: the sweep publishes it
            }
            lock.notify();
        }
    }

    /**
     * Publishes the pending events of one document now.
     *
     * @return how many were published, or -1 when an event could not be published
     */
    public int publish(String collection, Object id) {
        Aggregate aggregate = new Aggregate(collection, id);
        synchronized (lock) {
            if (!claimed.add(aggregate)) {
                return 0;
            }
            requested.remove(aggregate);
        }
        Outcome outcome = publishClaimed(Map.of(aggregate, READ));
        return outcome.failed() ? -1 : outcome.published();
    }

    /**
     * One sweep over every outbox collection for documents marked longer ago than the grace, which the prompt path
     * missed; returns the number of events published.
     */
    public int sweep() {
        int total = 0;
        Instant cutoff = clock.instant().minus(properties.sweepGrace());
        for (String collection : collections.get()) {
            // found as every due mark is (DueMarks): served from the sparse unique index on the embedded store too
            Query marked = DueMarks.marked(HasOutbox.MARK, "").limit(properties.sweepBatch());
            marked.fields().include("_id").include(HasOutbox.MARK);
            List<Document> found = mongo.find(marked, Document.class, collection);
            Map<Aggregate, List<OutboxMessage>> due = new LinkedHashMap<>();
            synchronized (lock) {
                for (Document document : found) {
                    if (OutboxMark.recordedAt(document.getString(HasOutbox.MARK)).isAfter(cutoff)) {
                        break;
                    }
                    Aggregate aggregate = new Aggregate(collection, document.get("_id"));
                    if (claimed.add(aggregate)) {
                        requested.remove(aggregate); // what it would send is read now
                        due.put(aggregate, READ);
                    }
                }
            }
            if (due.isEmpty()) {
                continue;
            }
            Outcome outcome = publishClaimed(due);
            total += outcome.published();
            if (outcome.brokerAway()) {
                return total; // try again at the next sweep, not once per collection
            }
        }
        return total;
    }

    private record Outcome(int published, boolean failed, boolean brokerAway) {
    }

    /** One document's events on their way: what it held, the mark they were written with, one ack per event sent. */
    private record Sending(Aggregate aggregate, List<OutboxMessage> events, String mark,
                           List<CompletableFuture<Instant>> acks) {
    }

    /** A batch on its way; the broker is away when a send could not even find the topic's leader in time. */
    private record Batch(List<Sending> sendings, boolean brokerAway) {
    }

    /** Publishes the claimed documents and releases them. */
    private Outcome publishClaimed(Map<Aggregate, List<OutboxMessage>> batch) {
        try {
            Batch sent = send(events(batch));
            awaitAll(sent.sendings());
            Outcome outcome = remove(sent.sendings());
            return new Outcome(outcome.published(), outcome.failed(), sent.brokerAway());
        } finally {
            synchronized (lock) {
                claimed.removeAll(batch.keySet());
                if (!requested.isEmpty()) {
                    lock.notifyAll();
                }
            }
        }
    }

    /** The events of each document: as handed over, or read in one query per collection. */
    private List<Sending> events(Map<Aggregate, List<OutboxMessage>> batch) {
        Map<String, List<Object>> toRead = new LinkedHashMap<>();
        batch.forEach((aggregate, events) -> {
            if (events == READ) {
                toRead.computeIfAbsent(aggregate.collection(), c -> new ArrayList<>()).add(aggregate.id());
            }
        });
        Map<Aggregate, Document> read = new LinkedHashMap<>();
        toRead.forEach((collection, ids) -> {
            Query byIds = Query.query(Criteria.where("_id").in(ids));
            byIds.fields().include(HasOutbox.FIELD).include(HasOutbox.MARK);
            for (Document document : mongo.find(byIds, Document.class, collection)) {
                read.put(new Aggregate(collection, document.get("_id")), document);
            }
        });
        List<Sending> sendings = new ArrayList<>();
        batch.forEach((aggregate, handedOver) -> {
            if (handedOver != READ) {
                sendings.add(new Sending(aggregate, handedOver, handedOver.isEmpty() ? null : OutboxMark.of(handedOver),
                        new ArrayList<>()));
                return;
            }
            Document document = read.get(aggregate);
            if (document != null) {
                List<OutboxMessage> events = document.getList(HasOutbox.FIELD, Document.class, List.of()).stream()
                        .map(OutboxRelay::message).toList();
                sendings.add(new Sending(aggregate, events, document.getString(HasOutbox.MARK), new ArrayList<>()));
            }
        });
        return sendings;
    }

    /** Sends every event without waiting; stops sending when the broker cannot be reached at all. */
    /**
     * Sends every event without waiting. After an event that failed at once, the rest of its aggregate is not sent;
     * after a topic whose leader could not be found in time, nothing more to that topic is (each send would wait
     * as long again).
     */
    private Batch send(List<Sending> sendings) {
        Set<String> unreachable = new HashSet<>();
        for (Sending sending : sendings) {
            for (OutboxMessage event : sending.events()) {
                if (unreachable.contains(event.topic())) {
                    break;
                }
                CompletableFuture<Instant> ack;
                try {
                    ack = kafka.send(record(event)).thenApply(result -> clock.instant());
                } catch (RuntimeException e) {
                    ack = CompletableFuture.failedFuture(e);
                }
                sending.acks().add(ack);
                if (ack.isCompletedExceptionally()) {
                    if (timedOut(ack)) {
                        unreachable.add(event.topic());
                    }
                    break;
                }
            }
        }
        return new Batch(sendings, !unreachable.isEmpty());
    }

    private static boolean timedOut(CompletableFuture<Instant> ack) {
        for (Throwable cause = ack.exceptionNow(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void awaitAll(List<Sending> sendings) {
        CompletableFuture<?>[] acks = sendings.stream().flatMap(sending -> sending.acks().stream())
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(acks).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            // judged one by one below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Removes what Kafka acknowledged, in one unordered bulk write per collection: of each document, its events up
     * to the first that was not acknowledged. When all it held went, its mark goes too, unless a write marked it
     * again meanwhile.
     */
    private Outcome remove(List<Sending> sendings) {
        boolean failure = false;
        int removed = 0;
        Map<String, BulkOperations> bulks = new LinkedHashMap<>();
        for (Sending sending : sendings) {
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < sending.events().size(); i++) {
                OutboxMessage event = sending.events().get(i);
                CompletableFuture<Instant> ack = i < sending.acks().size() ? sending.acks().get(i) : null;
                if (ack == null || !ack.isDone() || ack.isCompletedExceptionally()) {
                    failure = true;
                    failed.increment();
                    log.warn("Outbox publish of {} from {}/{} failed, it and {} later stay pending: {}", event.eventId(),
                            sending.aggregate().collection(), sending.aggregate().id(), sending.events().size() - i - 1,
                            ack == null ? "not sent" : ack.isDone() ? ack.exceptionNow().toString() : "no acknowledgement in time");
                    break;
                }
                acknowledged.add(event.eventId());
                if (event.recordedAt() != null) {
                    age.record(Duration.between(event.recordedAt(), ack.resultNow()));
                }
            }
            boolean all = acknowledged.size() == sending.events().size();
            if (acknowledged.isEmpty() && !(all && sending.mark() != null)) {
                continue;
            }
            BulkOperations bulk = bulks.computeIfAbsent(sending.aggregate().collection(),
                    collection -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection));
            if (!acknowledged.isEmpty()) {
                bulk.updateOne(Query.query(Criteria.where("_id").is(sending.aggregate().id())), pull(acknowledged));
            }
            if (all && sending.mark() != null) {
                // matches only while no write marked the document again, so no new event is left unmarked
                Update unmark = acknowledged.isEmpty() ? new Update() : pull(acknowledged);
                bulk.updateOne(Query.query(Criteria.where(HasOutbox.MARK).is(sending.mark())), unmark.unset(HasOutbox.MARK));
            }
            removed += acknowledged.size();
        }
        bulks.values().forEach(BulkOperations::execute);
        published.increment(removed);
        return new Outcome(removed, failure, false);
    }

    private static Update pull(List<String> eventIds) {
        return new Update().pull(HasOutbox.FIELD, new Document("eventId", new Document("$in", eventIds)));
    }

    private static OutboxMessage message(Document message) {
        return new OutboxMessage(
                message.getString("eventId"), message.getString("type"), message.getString("topic"),
                message.getString("key"), message.getString("source"), message.getString("subject"),
                instant(message.getDate("time")), message.getString("data"), message.getString("traceparent"),
                instant(message.getDate("recordedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static ProducerRecord<String, byte[]> record(OutboxMessage event) {
        RecordHeaders headers = new RecordHeaders();
        event.envelope().headers().forEach(headers::add);
        if (event.traceparent() != null) {
            headers.add("traceparent", event.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(event.topic(), null, event.key(), event.data().getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /** Takes the next batch of requested documents that nobody is publishing; empty when there is none. */
    private Map<Aggregate, List<OutboxMessage>> takeBatch() {
        Map<Aggregate, List<OutboxMessage>> batch = new LinkedHashMap<>();
        Iterator<Map.Entry<Aggregate, List<OutboxMessage>>> entries = requested.entrySet().iterator();
        while (entries.hasNext() && batch.size() < properties.batchSize()) {
            Map.Entry<Aggregate, List<OutboxMessage>> entry = entries.next();
            if (claimed.add(entry.getKey())) {
                batch.put(entry.getKey(), entry.getValue() == null ? READ : entry.getValue());
                entries.remove();
            }
        }
        return batch;
    }

    private void drain() {
        while (running) {
            Map<Aggregate, List<OutboxMessage>> batch;
            synchronized (lock) {
                batch = takeBatch();
                while (batch.isEmpty() && running) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                    batch = takeBatch();
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                publishClaimed(batch);
            } catch (RuntimeException e) {
                log.warn("Outbox publish of {} documents failed, their events stay pending: {}", batch.size(), e.toString());
            }
        }
    }

    void ensureIndexes() {
        for (String collection : collections.get()) {
            mongo.indexOps(collection).createIndex(new Index().on(HasOutbox.MARK, Sort.Direction.ASC).unique().sparse()
                    .named("outbox_mark"));
        }
    }

    /**
     * Marks the documents that hold events from before marks were written (a scan, once per start, in the sweeper's
     * thread), so that the sweep finds them too.
     */
    void markUnmarked() {
        for (String collection : collections.get()) {
            Query unmarked = Query.query(Criteria.where(HasOutbox.FIELD + ".0").exists(true).and(HasOutbox.MARK).exists(false));
            unmarked.fields().include(HasOutbox.FIELD);
            for (Document document : mongo.find(unmarked, Document.class, collection)) {
                List<OutboxMessage> events = document.getList(HasOutbox.FIELD, Document.class, List.of()).stream()
                        .map(OutboxRelay::message).toList();
                mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().set(HasOutbox.MARK, OutboxMark.of(events)), collection);
            }
        }
    }

    @Override
    public void start() {
        sweeper.initialize();
        try {
            ensureIndexes();
        } catch (RuntimeException e) {
            log.warn("Could not declare the outbox index: {}", e.toString());
        }
        running = true;
        for (int i = 1; i <= properties.drainers(); i++) {
            Thread drainer = new Thread(this::drain, "outbox-" + i);
            drainer.setDaemon(true);
            drainer.start();
            drainers.add(drainer);
        }
        sweeper.execute(() -> {
            try {
                markUnmarked();
            } catch (RuntimeException e) {
                log.warn("Could not mark the documents holding events from before outbox marks: {}", e.toString());
            }
        });
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
        synchronized (lock) {
            lock.notifyAll();
        }
        if (sweeping != null) {
            sweeping.cancel(false);
        }
        sweeper.shutdown();
        for (Thread drainer : drainers) {
            try {
                drainer.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drainers.clear();
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
