package io.propertyops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Item 4 of issue 12: what the per-request and per-tick writes and queries cost on the embedded store as a
 * collection grows, with the plain MongoDB driver against the platform's own store process, in a scratch database
 * of it. For each size the same documents are measured twice, first without and then with the index the services
 * declare for that write, so the index's effect is seen on the same data. The filters are sent as the services' Spring
 * Data queries send them, one document with both fields ({@code {_id: …, version: …}}): the driver's
 * {@code Filters.and(eq, eq)} renders {@code {$and: [{_id: …}, {version: …}]}}, whose only field is {@code $and}, so
 * mongo-java-server never serves it from the index (it did not in the run of 2026-12-02: 65 ms without, 60 ms with).
 * <ul>
 *   <li>a version-checked write, {@code updateOne({_id, version}, {$set, $inc: {version: 1}})} — a unique index on
 *       exactly {@code {_id: 1, version: 1}} (trivially unique) is the only one mongo-java-server will use for it;</li>
 *   <li>an inbox mark-read, {@code updateOne({_id, recipientId}, {$set: {readAt}})} — unique {@code {_id, recipientId}};</li>
 *   <li>an outbox sweep over the aggregates: the old one, {@code find({pendingEvents.recordedAt < cutoff})
 *       .sort(_id).limit(100)} (a range query, never served by an index on mongo-java-server), then the starter's,
 *       {@code find({outboxMark: /^/}).sort(outboxMark).limit(100)} with the sparse unique index on the mark that
 *       every write with events sets (an anchored regular expression on a unique index is served by it).</li>
 * </ul>
 */
final class StoreCost {

    private static final Logger log = LoggerFactory.getLogger(StoreCost.class);
    static final String DATABASE = "propertyops_bench_scratch";
    private static final int BATCH = 1_000;
    private static final int PENDING = 10;

    private final MongoDatabase scratch;
    private final Clock clock;
    private final Duration perCase;
    private final int maxOperations;
    private final SplittableRandom random = new SplittableRandom(12);

    StoreCost(MongoDatabase scratch, Clock clock, Duration perCase, int maxOperations) {
        this.scratch = scratch;
        this.clock = clock;
        this.perCase = perCase;
        this.maxOperations = maxOperations;
    }

    /** One row per operation, index and size, named so that runs can be compared. */
    List<Measurement> measure(List<Integer> sizes) {
        scratch.drop();
        List<Measurement> rows = new ArrayList<>();
        try {
            for (int size : sizes) {
                rows.addAll(atSize(size));
            }
        } finally {
            scratch.drop();
        }
        return rows;
    }

    static String name(String operation, boolean indexed, int size) {
        return operation + (indexed ? ", with " : ", without ") + "its index, " + Report.number(size) + " documents";
    }

    static final String VERSIONED = "version-checked write {_id, version}";
    static final String MARK_READ = "inbox mark-read {_id, recipientId}";
    static final String SWEEP = "outbox sweep, first 100";

    /** By the old range query on the events' time, or by the outbox mark and its sparse unique index. */
    static String sweepName(boolean marked, int size) {
        return SWEEP + (marked ? " by outbox mark, with its index, " : " recorded before the cutoff, by _id, ")
                + Report.number(size) + " documents";
    }

    private List<Measurement> atSize(int size) {
        List<Measurement> rows = new ArrayList<>();
        long begin = System.nanoTime();
        MongoCollection<Document> workOrders = scratch.getCollection("work_orders_" + size);
        MongoCollection<Document> inbox = scratch.getCollection("inbox_" + size);
        List<String> ids = new ArrayList<>(size);
        List<String> inboxIds = new ArrayList<>(size);
        List<String> recipients = new ArrayList<>(size);
        fill(workOrders, size, i -> {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            return workOrder(id, i < PENDING);
        });
        fill(inbox, size, i -> {
            String recipient = "recipient-" + (i % 997);
            String id = UUID.randomUUID().toString();
            inboxIds.add(id);
            recipients.add(recipient);
            return new Document("_id", id).append("recipientId", recipient)
                    .append("eventId", UUID.randomUUID().toString()).append("title", "工单已受理")
                    .append("body", "您报修的厨房水管漏水已受理，维修人员将尽快上门。").append("createdAt", now()).append("readAt", null);
        });
        log.info("store cost: {} documents per collection written in {} ms", size, (System.nanoTime() - begin) / 1_000_000);

        long[] versions = new long[size];
        for (boolean indexed : List.of(false, true)) {
            if (indexed) {
                workOrders.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            }
            rows.add(run(name(VERSIONED, indexed, size), sequence -> {
                int i = random.nextInt(size);
                UpdateResult result = workOrders.updateOne(new Document("_id", ids.get(i)).append("version", versions[i]),
                        Updates.combine(Updates.set("status", "DISPATCHED"), Updates.set("updatedAt", now()), Updates.inc("version", 1L)));
                if (result.getModifiedCount() != 1) {
                    return "not modified";
                }
                versions[i]++;
                return null;
            }));
        }
        for (boolean indexed : List.of(false, true)) {
            if (indexed) {
                inbox.createIndex(Indexes.ascending("_id", "recipientId"), new IndexOptions().unique(true));
            }
            rows.add(run(name(MARK_READ, indexed, size), sequence -> {
                int i = random.nextInt(size);
                UpdateResult result = inbox.updateOne(new Document("_id", inboxIds.get(i)).append("recipientId", recipients.get(i)),
                        Updates.set("readAt", now()));
                return result.getMatchedCount() == 1 ? null : "not matched";
            }));
        }
        Bson due = Filters.lt("pendingEvents.recordedAt", Date.from(clock.instant()));
        rows.add(run(sweepName(false, size), sequence -> sweep(workOrders, due, "_id")));
        workOrders.createIndex(Indexes.ascending("outboxMark"), new IndexOptions().unique(true).sparse(true));
        rows.add(run(sweepName(true, size), sequence -> sweep(workOrders, Filters.regex("outboxMark", "^"), "outboxMark")));
        return rows;
    }

    private static String sweep(MongoCollection<Document> collection, Bson due, String order) {
        int found = collection.find(due).sort(Sorts.ascending(order)).limit(100).into(new ArrayList<>()).size();
        return found == PENDING ? null : "found " + found + " of " + PENDING;
    }

    /** A few operations to warm the path (discarded), then as many as fit in the time given, one at a time. */
    private Measurement run(String name, Load.Call operation) {
        try {
            long warm = System.nanoTime() + perCase.toNanos() / 5;
            for (int i = 0; i < 20 && System.nanoTime() < warm; i++) {
                operation.run(i);
            }
        } catch (Exception e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
        Histogram micros = Measurement.histogram();
        Map<String, Long> failures = new java.util.TreeMap<>();
        long begin = System.nanoTime();
        long end = begin + perCase.toNanos();
        for (long i = 0; i < maxOperations && System.nanoTime() < end; i++) {
            long sent = System.nanoTime();
            String failure;
            try {
                failure = operation.run(i);
            } catch (Exception e) {
                failure = e.getClass().getSimpleName();
            }
            if (failure == null) {
                micros.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
            } else {
                failures.merge(failure, 1L, Long::sum);
            }
        }
        Measurement measured = Measurement.of(name, 1, micros, failures, Duration.ofNanos(System.nanoTime() - begin));
        log.info("{}: p50 {} ms, p99 {} ms over {}", name, measured.p50(), measured.p99(), measured.ok());
        return measured;
    }

    private void fill(MongoCollection<Document> collection, int size, java.util.function.IntFunction<Document> document) {
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < size; i++) {
            batch.add(document.apply(i));
            if (batch.size() == BATCH || i == size - 1) {
                collection.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
    }

    /** About the size of a work order a few steps into its life; the first few hold a pending event. */
    private Document workOrder(String id, boolean pendingEvent) {
        Date now = now();
        List<Document> timeline = List.of(
                new Document("at", now).append("action", "SUBMITTED").append("by", "owner").append("note", "厨房水管漏水"),
                new Document("at", now).append("action", "ACCEPTED").append("by", "agent").append("note", ""),
                new Document("at", now).append("action", "DISPATCHED").append("by", "auto").append("note", "on duty"));
        String eventId = UUID.randomUUID().toString();
        Date recordedAt = Date.from(clock.instant().minusSeconds(60));
        List<Document> events = pendingEvent
                ? List.of(new Document("eventId", eventId).append("type", "propertyops.ticket.created.v1")
                        .append("recordedAt", recordedAt))
                : List.of();
        Document workOrder = new Document("_id", id).append("version", 0L).append("communityId", "community-1")
                .append("status", "SUBMITTED").append("title", "厨房水管漏水")
                .append("description", "水槽下面的水管一直在滴水，地板已经湿了，请尽快安排师傅上门查看维修。".repeat(3))
                .append("timeline", timeline).append("pendingEvents", events).append("updatedAt", now);
        // as the starter's outbox marks a write with events: its time, zero-padded, and its last event's id
        return pendingEvent ? workOrder.append("outboxMark", "%013d/%s".formatted(recordedAt.getTime(), eventId)) : workOrder;
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    /** Side by side: each operation's mean ms at each size, and how much dearer it is at the largest. */
    static Report.Table sideBySide(List<Measurement> rows, List<Integer> sizes) {
        List<String> header = new ArrayList<>(List.of("operation"));
        sizes.forEach(size -> header.add("mean ms at " + Report.number(size)));
        header.add("largest ÷ smallest");
        List<List<String>> table = new ArrayList<>();
        for (String operation : List.of(VERSIONED, MARK_READ)) {
            for (boolean indexed : List.of(false, true)) {
                List<Double> means = new ArrayList<>();
                for (int size : sizes) {
                    means.add(mean(rows, name(operation, indexed, size)));
                }
                table.add(line(operation + (indexed ? ", with" : ", without") + " its index", means));
            }
        }
        for (boolean marked : List.of(false, true)) {
            List<Double> means = new ArrayList<>();
            for (int size : sizes) {
                means.add(mean(rows, sweepName(marked, size)));
            }
            table.add(line(marked ? "outbox sweep by outbox mark (the starter's), with its index"
                    : "outbox sweep by recorded time (the old one)", means));
        }
        return new Report.Table(header, table);
    }

    private static List<String> line(String label, List<Double> means) {
        List<String> cells = new ArrayList<>(List.of(label));
        means.forEach(mean -> cells.add(mean.isNaN() ? "—" : Report.number(mean)));
        double first = means.getFirst();
        double last = means.getLast();
        cells.add(first > 0 && !Double.isNaN(last) ? Report.number(last / first) + " ×" : "—");
        return cells;
    }

    private static double mean(List<Measurement> rows, String name) {
        return rows.stream().filter(row -> row.name().equals(name)).findFirst().map(StoreCost::meanMillis).orElse(Double.NaN);
    }

    /** Mean latency: ops were sent one at a time, so seconds ÷ ops. */
    static double meanMillis(Measurement row) {
        return row.ok() == 0 ? Double.NaN : row.seconds() * 1000 / (row.ok() + row.failed());
    }
}
