package io.propertyops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 5: with N open work orders, a batch whose deadline passes at a known instant; how long after it the
 * overdue events are on the broker, and what one overdue-watch scan costs with nothing due and with the batch due.
 * The open work orders go straight into ticket-service's MongoDB in bulk — copies of one the API created, with the
 * same shape — because creating 100,000 through the API would take longer than the whole benchmark may.
 */
final class OverdueAtScale {

    private static final Logger log = LoggerFactory.getLogger(OverdueAtScale.class);
    static final String TOPIC = "propertyops.ticket.v1";
    private static final List<String> ENDED = List.of("CLOSED", "CANCELLED", "ARCHIVED");
    private static final int BATCH = 1_000;
    /** ticket-service's {@code DueTimers.SHARDS}. */
    private static final int TIMER_SHARDS = 16;

    private final MongoCollection<Document> workOrders;
    private final MongoCollection<Document> timers;
    private final Document template;
    private final String kafkaBootstrap;
    private final String ticketService;
    private final Clock clock;
    private long seeded;

    OverdueAtScale(MongoCollection<Document> workOrders, MongoCollection<Document> timers, String templateId,
                   String kafkaBootstrap, String ticketService, Clock clock) {
        this.workOrders = workOrders;
        this.timers = timers;
        this.template = workOrders.find(Filters.eq("_id", templateId)).first();
        if (template == null) {
            throw new IllegalStateException("work order " + templateId + " is not in " + workOrders.getNamespace());
        }
        this.kafkaBootstrap = kafkaBootstrap;
        this.ticketService = ticketService;
        this.clock = clock;
    }

    long open() {
        return workOrders.countDocuments(Filters.nin("status", ENDED));
    }

    /** Adds open work orders, none of them due for a day, until {@code target} are open. */
    long fillTo(long target) {
        long begin = System.nanoTime();
        long missing = target - open();
        Instant now = clock.instant();
        List<Document> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < missing; i++) {
            batch.add(copy(now, now.plus(Duration.ofDays(1)), Map.of()));
            if (batch.size() == BATCH || i == missing - 1) {
                addTimers(batch, now);
                workOrders.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        log.info("{} open work orders ({} added in {} ms)", open(), Math.max(0, missing), (System.nanoTime() - begin) / 1_000_000);
        return Math.max(0, missing);
    }

    /** Measures at the current number of open work orders, with {@code due} of them reaching their deadline together. */
    Map<String, Object> measure(int due) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("open work orders", open());
        Scans idleBefore = Scans.read(ticketService);
        TimeUnit.SECONDS.sleep(10);
        Scans idle = Scans.read(ticketService).since(idleBefore);
        facts.put("scans with nothing due: count", (long) idle.count());
        facts.put("scans with nothing due: mean ms", idle.meanMillis());

        try (KafkaConsumer<String, String> consumer = consumer()) {
            Instant deadline = clock.instant().plusSeconds(5);
            Set<String> ids = new HashSet<>();
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < due; i++) {
                Document copy = copy(deadline.minus(Duration.ofMinutes(10)), deadline, allWarned());
                copy.put("nextAlertAt", Date.from(deadline));
                ids.add(copy.getString("_id"));
                batch.add(copy);
            }
            Scans dueBefore = Scans.read(ticketService);
            addTimers(batch, clock.instant());
            workOrders.insertMany(batch, new InsertManyOptions().ordered(false));

            Histogram emitted = Measurement.histogram();
            Histogram onBroker = Measurement.histogram();
            Set<String> seen = new HashSet<>();
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < ids.size() && System.nanoTime() < giveUp) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    Instant received = clock.instant();
                    String type = header(record, "ce_type");
                    String subject = record.key() != null ? record.key() : header(record, "ce_subject");
                    if (type != null && type.contains("overdue") && ids.contains(subject) && seen.add(subject)) {
                        onBroker.recordValue(Math.max(1, Duration.between(deadline, received).toNanos() / 1000));
                        String time = header(record, "ce_time");
                        if (time != null) {
                            emitted.recordValue(Math.max(1, Duration.between(deadline, java.time.OffsetDateTime.parse(time).toInstant()).toNanos() / 1000));
                        }
                    }
                }
            }
            TimeUnit.SECONDS.sleep(3);
            Scans busy = Scans.read(ticketService).since(dueBefore);
            facts.put("due at the same deadline", due);
            facts.put("overdue events seen", seen.size());
            facts.put("deadline → event time (ce_time) p50 ms", emitted.getValueAtPercentile(50) / 1000.0);
            facts.put("deadline → event time (ce_time) max ms", emitted.getMaxValue() / 1000.0);
            facts.put("deadline → on the broker p50 ms", onBroker.getValueAtPercentile(50) / 1000.0);
            facts.put("deadline → on the broker max ms", onBroker.getMaxValue() / 1000.0);
            facts.put("scans around the deadline: count", (long) busy.count());
            facts.put("scans around the deadline: mean ms", busy.meanMillis());
            facts.put("longest scan (last 2 min) ms", busy.maxMillis());
            log.info("overdue at {} open: {}", facts.get("open work orders"), facts);
        }
        return facts;
    }

    /** Every deadline of the template warned about already (due-soon emitted): the next alert is the overdue one. */
    private Map<String, Integer> allWarned() {
        Map<String, Integer> warned = new HashMap<>();
        ((Document) ((Document) template.get("deadlines")).get("byKind")).keySet().forEach(kind -> warned.put(kind, 1));
        return warned;
    }

    /** The template's shape, a new identity, no events waiting, every open deadline at {@code due}. */
    /**
     * The watch's timers of the seeded work orders, written first as ticket-service's repository does: one entry
     * {@code {w: id, v: version, at: nextAlertAt}} in the bucket {@code minute * 100 + shard} of its time (of the
     * present minute when that has passed), the layout of ticket-service's {@code DueTimers}. Without them the watch
     * would find seeded work orders only at its hourly safety sweep.
     */
    private void addTimers(List<Document> seededOrders, Instant now) {
        Map<Long, List<Document>> byBucket = new LinkedHashMap<>();
        for (Document order : seededOrders) {
            Instant at = order.getDate("nextAlertAt").toInstant();
            long minute = Math.floorDiv((at.isAfter(now) ? at : now).getEpochSecond(), 60);
            String id = order.getString("_id");
            Number version = order.get("version", Number.class);
            byBucket.computeIfAbsent(minute * 100 + Math.floorMod(id.hashCode(), TIMER_SHARDS), b -> new ArrayList<>())
                    .add(new Document("w", id).append("v", version == null ? 0L : version.longValue()).append("at", Date.from(at)));
        }
        List<UpdateOneModel<Document>> upserts = new ArrayList<>();
        byBucket.forEach((bucket, entries) -> upserts.add(new UpdateOneModel<>(Filters.eq("_id", bucket),
                Updates.addEachToSet("entries", entries), new UpdateOptions().upsert(true))));
        timers.bulkWrite(upserts, new BulkWriteOptions().ordered(false));
    }

    private Document copy(Instant submittedAt, Instant due, Map<String, Integer> alerts) {
        Document copy = new Document(template);
        copy.put("_id", UUID.randomUUID().toString());
        copy.put("number", "BENCH-" + (++seeded) + "-" + copy.getString("_id").substring(0, 8));
        copy.remove("idempotencyKey");
        copy.put("pendingEvents", List.of());
        copy.remove("outboxMark"); // unique to the write that marked the template
        copy.put("submittedAt", Date.from(submittedAt));
        copy.put("alerts", new Document(new HashMap<>(alerts)));
        Document deadlines = new Document((Document) template.get("deadlines"));
        Document byKind = new Document();
        ((Document) deadlines.get("byKind")).forEach((kind, deadline) -> {
            Document moved = new Document((Document) deadline);
            moved.put("due", Date.from(due));
            byKind.put(kind, moved);
        });
        deadlines.put("byKind", byKind);
        copy.put("deadlines", deadlines);
        // the watch's first alert for a fresh one: the warning at 80 % of the way to the deadline
        copy.put("nextAlertAt", Date.from(submittedAt.plusMillis(Duration.between(submittedAt, due).toMillis() * 8 / 10)));
        return copy;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", kafkaBootstrap);
        properties.put("key.deserializer", StringDeserializer.class.getName());
        properties.put("value.deserializer", StringDeserializer.class.getName());
        properties.put("enable.auto.commit", "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** ticket-service's overdue-watch timer, from its Prometheus endpoint. */
    record Scans(double count, double seconds, double maxSeconds) {

        static Scans read(String ticketService) throws Exception {
            Api.Response metrics = Api.text(ticketService + "/actuator/prometheus");
            double count = 0;
            double seconds = 0;
            double max = 0;
            for (String line : metrics.body().lines().toList()) {
                if (line.startsWith("propertyops_ticket_watch_scan_seconds_count")) {
                    count = value(line);
                } else if (line.startsWith("propertyops_ticket_watch_scan_seconds_sum")) {
                    seconds = value(line);
                } else if (line.startsWith("propertyops_ticket_watch_scan_seconds_max")) {
                    max = value(line);
                }
            }
            return new Scans(count, seconds, max);
        }

        Scans since(Scans before) {
            return new Scans(count - before.count, seconds - before.seconds, maxSeconds);
        }

        double meanMillis() {
            return count == 0 ? 0 : seconds / count * 1000;
        }

        double maxMillis() {
            return maxSeconds * 1000;
        }

        private static double value(String line) {
            return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
    }
}
