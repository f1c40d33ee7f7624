package io.propertyops.ticket.workorder.persistence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The overdue watch's timers: when each work order next has an alert due, kept in {@value #COLLECTION} in buckets of
 * one minute (and one of {@value #SHARDS} shards by work-order id, so that no bucket grows large under intake).
 * A bucket's id is {@code minute * 100 + shard}, so the watch reads the buckets of the last minutes by their ids — a
 * look-up the embedded store serves from its {@code _id} index — instead of a range over all open work orders.
 *
 * <p>An entry names a work order, the version it was written at and its next alert time. The rules that keep an
 * alert from ever being missed:
 * <ul>
 *   <li>a write that leaves a work order with a next alert adds the entry for the version it writes <em>before</em>
 *       it writes the work order; a crash in between, or a write that misses on its version, leaves an entry that
 *       names a version that never was — stale, and dropped when the watch finds it so;</li>
 *   <li>an entry goes into the bucket of its time, or of the writer's present minute when its time has passed, so a
 *       due entry is always in a bucket the watch still reads ({@value #LOOKBACK_MINUTES} minutes back, and every
 *       older bucket from its cursor on);</li>
 *   <li>the watch removes exactly the entries it read, once the work order's version is past theirs, so an entry
 *       added meanwhile for a newer version stays;</li>
 *   <li>a slow safety sweep (the watch's {@code sweep-interval}, and once at start) adds the entry of every work order
 *       whose alert is due, for data written before the timers existed or a writer delayed past the look-back.</li>
 * </ul>
 */
@Component
class DueTimers {

    static final String COLLECTION = "work_order_timers";
    static final String STATE = "work_order_watch";
    static final int SHARDS = 16;
    /** How far back the watch always reads: a writer's clock or pause may lag the watch's by less than this. */
    static final long LOOKBACK_MINUTES = 10;
    /** Beyond this many minutes to catch up (a long stop, a clock moved in a test) one range read is cheaper. */
    private static final long MAX_MINUTES_BY_ID = 120;
    private static final String WATCH = "overdue-watch";

    private final MongoTemplate mongo;

    DueTimers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A work order at a version, with the time its next alert is due. */
    public record Timer(String workOrderId, long version, Instant at) {

        Document entry() {
            return new Document("w", workOrderId).append("v", version).append("at", Date.from(at));
        }

        static Timer of(Document entry) {
            return new Timer(entry.getString("w"), ((Number) entry.get("v")).longValue(), entry.getDate("at").toInstant());
        }
    }

    /** An entry as read, with the bucket it is in. */
    record Read(long bucket, Document entry) {

        Timer timer() {
            return Timer.of(entry);
        }
    }

    /** Adds timers, before the writes they belong to; one upsert per bucket. */
    public void add(Collection<Timer> timers, Instant now) {
        if (timers.isEmpty()) {
            return;
        }
        Map<Long, List<Document>> byBucket = new LinkedHashMap<>();
        for (Timer timer : timers) {
            long minute = minuteOf(timer.at().isAfter(now) ? timer.at() : now);
            byBucket.computeIfAbsent(bucket(minute, timer.workOrderId()), b -> new ArrayList<>()).add(timer.entry());
        }
        try {
            upsert(byBucket);
        } catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException raced) {
            upsert(byBucket); // two first entries of one bucket at once: the bucket exists now, and $addToSet repeats safely
        }
    }

    private void upsert(Map<Long, List<Document>> byBucket) {
        if (byBucket.size() == 1) {
            var only = byBucket.entrySet().iterator().next();
            mongo.upsert(byId(only.getKey()), new Update().addToSet("entries").each(only.getValue().toArray()), COLLECTION);
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        byBucket.forEach((bucket, entries) ->
                bulk.upsert(byId(bucket), new Update().addToSet("entries").each(entries.toArray())));
        bulk.execute();
    }

    /**
     * The entries in every bucket up to {@code now}'s minute the watch has not finished: those of the look-back and
     * any older ones from the cursor on.
     */
    Buckets read(Instant now) {
        long to = minuteOf(now);
        long windowStart = to - LOOKBACK_MINUTES;
        Document state = mongo.findById(WATCH, Document.class, STATE);
        Long cursor = state == null ? null : state.get("cursor", Number.class) == null ? null
                : state.get("cursor", Number.class).longValue();
        long from = cursor == null ? windowStart : Math.min(cursor, windowStart);
        Query query;
        if (to - from > MAX_MINUTES_BY_ID) {
            query = Query.query(Criteria.where("_id").gte(from * 100).lte(to * 100 + 99));
        } else {
            List<Long> ids = new ArrayList<>();
            for (long minute = from; minute <= to; minute++) {
                for (int shard = 0; shard < SHARDS; shard++) {
                    ids.add(minute * 100 + shard);
                }
            }
            query = Query.query(Criteria.where("_id").in(ids));
        }
        List<Read> entries = new ArrayList<>();
        List<Long> buckets = new ArrayList<>();
        for (Document bucket : mongo.find(query, Document.class, COLLECTION)) {
            long id = ((Number) bucket.get("_id")).longValue();
            buckets.add(id);
            for (Document entry : bucket.getList("entries", Document.class, List.of())) {
                entries.add(new Read(id, entry));
            }
        }
        return new Buckets(cursor, windowStart, buckets, entries);
    }

    /** What one watch tick read: the entries of its buckets, and where its cursor stood. */
    record Buckets(Long cursor, long windowStart, List<Long> ids, List<Read> entries) {
    }

    /**
     * Removes the entries the watch is done with, drops the buckets older than the look-back that are empty now,
     * and moves the cursor to the oldest bucket that still has entries.
     */
    void finish(Buckets read, Collection<Read> done) {
        Map<Long, List<Document>> pulls = new LinkedHashMap<>();
        for (Read entry : done) {
            pulls.computeIfAbsent(entry.bucket(), b -> new ArrayList<>()).add(entry.entry());
        }
        if (!pulls.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            pulls.forEach((bucket, entries) -> bulk.updateOne(byId(bucket), new Update().pullAll("entries", entries.toArray())));
            bulk.execute();
        }
        Map<Long, Integer> left = new LinkedHashMap<>();
        read.ids().forEach(bucket -> left.put(bucket, 0));
        read.entries().forEach(entry -> left.merge(entry.bucket(), 1, Integer::sum));
        done.forEach(entry -> left.merge(entry.bucket(), -1, Integer::sum));
        long cursor = read.windowStart();
        List<Long> empty = new ArrayList<>();
        for (var bucket : left.entrySet()) {
            long minute = Math.floorDiv(bucket.getKey(), 100);
            if (minute >= read.windowStart()) {
                continue;
            }
            if (bucket.getValue() <= 0) {
                empty.add(bucket.getKey()); // no writer adds to a bucket older than the look-back
            } else {
                cursor = Math.min(cursor, minute);
            }
        }
        if (!empty.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(empty)), COLLECTION);
        }
        if (!Objects.equals(read.cursor(), cursor)) {
            mongo.upsert(Query.query(Criteria.where("_id").is(WATCH)), new Update().set("cursor", cursor), STATE);
        }
    }

    static long minuteOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 60);
    }

    private static long bucket(long minute, String workOrderId) {
        return minute * 100 + Math.floorMod(workOrderId.hashCode(), SHARDS);
    }

    private static Query byId(long bucket) {
        return Query.query(Criteria.where("_id").is(bucket));
    }
}
