package io.propertyops.facility.meter.persistence;

import com.mongodb.bulk.BulkWriteResult;
import io.propertyops.events.facility.MeterVerificationDue;
import io.propertyops.facility.meter.application.MeterStore;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterPosition;
import io.propertyops.facility.meter.domain.ReportingWindow;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.DueMarks;
import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import io.propertyops.starter.persistence.ByIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meters, their positions and the reporting windows on MongoDB. Every per-request and per-tick read is by id (or a
 * list of ids), by a version with its id, by the verification or window mark, or by a page of owner-read keys —
 * each a unique index the embedded store serves; a community's meters are read for its list pages and its month's
 * close.
 */
@Repository
class MongoMeterStore implements MeterStore, SmartInitializingSingleton {

    private static final String MARK = "verificationMark";

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoMeterStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public void insert(Meter meter, Instant remindAt, String idempotencyKey) {
        mongo.insert(MeterDocument.of(meter, mark(meter, remindAt), null, idempotencyKey));
    }

    @Override
    public Optional<Meter> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(idempotencyKey)),
                MeterDocument.class)).map(MeterDocument::toDomain);
    }

    @Override
    public Optional<Meter> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MeterDocument.class)).map(MeterDocument::toDomain);
    }

    @Override
    public Map<String, Meter> findAll(Collection<String> ids) {
        Map<String, Meter> found = new HashMap<>();
        if (!ids.isEmpty()) {
            ByIds.find(mongo, ids, MeterDocument.class)
                    .forEach(document -> found.put(document.id(), document.toDomain()));
        }
        return found;
    }

    @Override
    public List<Meter> ofCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("serial")),
                MeterDocument.class).stream().map(MeterDocument::toDomain).toList();
    }

    @Override
    public boolean replace(Meter next, long storedVersion, Instant remindAt) {
        MeterDocument stored = mongo.findById(next.id(), MeterDocument.class);
        if (stored == null || stored.version() != storedVersion) {
            return false;
        }
        boolean remindedAlready = next.verification() != null
                && next.verification().expiresOn().equals(stored.verificationRemindedFor());
        String mark = remindedAlready ? null : mark(next, remindAt);
        Update update = StateUpdate.of(mongo.getConverter(), MeterDocument.of(next, mark, null, null), List.of(),
                "version", next.version());
        if (mark == null) {
            update.unset(MARK);
        }
        if (!next.ownerRead()) {
            update.unset(MeterDocument.OWNER_READ_KEY);
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(next.id()).and("version").is(storedVersion)),
                update, MeterDocument.class).getMatchedCount() > 0;
    }

    @Override
    public List<DueReminder> dueForVerificationReminder(Instant now, int limit) {
        List<DueReminder> due = new ArrayList<>();
        for (MeterDocument document : mongo.find(DueMarks.marked(MARK, "").limit(limit), MeterDocument.class)) {
            if (document.verificationMark().compareTo(DueMarks.of("", now, "~")) > 0) {
                break; // the marks sort by time: the rest are later
            }
            due.add(new DueReminder(document.toDomain(), document.verificationMark()));
        }
        return due;
    }

    @Override
    public boolean remindedOfVerification(DueReminder due, MeterVerificationDue event) {
        Update update = StateUpdate.appendEvents(new Update().unset(MARK)
                .set("verificationRemindedFor", event.expiresOn()), outbox.of(List.of(event)));
        return writes.change(due.meter().id(), Query.query(Criteria.where(MARK).is(due.mark())), update,
                MeterDocument.COLLECTION);
    }

    @Override
    public Map<String, MeterPosition> positions(Collection<String> meterIds) {
        Map<String, MeterPosition> found = new HashMap<>();
        if (!meterIds.isEmpty()) {
            ByIds.find(mongo, meterIds, PositionDocument.class)
                    .forEach(document -> found.put(document.id(), document.toDomain()));
        }
        return found;
    }

    /**
     * One unordered bulk: a first position inserted, a known one changed at the version it was read at. When fewer
     * matched than were sent, the positions are read again and those not at the version written are the raced ones.
     */
    @Override
    public List<String> savePositions(List<MeterPosition> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        List<PositionDocument> inserts = new ArrayList<>();
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PositionDocument.class);
        int updateCount = 0;
        for (MeterPosition position : positions) {
            PositionDocument next = PositionDocument.of(position, position.version() + 1);
            if (position.version() == 0) {
                inserts.add(next);
            } else {
                Document fields = new Document();
                mongo.getConverter().write(next, fields);
                updates.updateOne(Query.query(Criteria.where("_id").is(position.meterId()).and("version").is(position.version())),
                        new Update().set("last", fields.get("last")).set("periodEnds", fields.get("periodEnds"))
                                .set("version", next.version()));
                updateCount++;
            }
        }
        int written = Effects.insertNew(mongo, inserts, PositionDocument.class).size();
        if (updateCount > 0) {
            BulkWriteResult result = updates.execute();
            written += result.getMatchedCount();
        }
        if (written == positions.size()) {
            return List.of();
        }
        Map<String, MeterPosition> now = positions(positions.stream().map(MeterPosition::meterId).toList());
        return positions.stream().filter(position -> {
            MeterPosition stored = now.get(position.meterId());
            return stored == null || stored.version() != position.version() + 1 || !stored.equals(
                    new MeterPosition(position.meterId(), position.last(), position.periodEnds(), position.version() + 1));
        }).map(MeterPosition::meterId).toList();
    }

    @Override
    public Optional<ReportingWindow> window(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, WindowDocument.class)).map(WindowDocument::toDomain);
    }

    @Override
    public boolean saveWindow(ReportingWindow window, Long expectedVersion) {
        WindowDocument stored = mongo.findById(window.communityId(), WindowDocument.class);
        long storedVersion = stored == null ? 0 : stored.version();
        if (expectedVersion != null && expectedVersion != storedVersion) {
            return false;
        }
        WindowDocument next = WindowDocument.of(new ReportingWindow(window.communityId(), window.dayFrom(),
                window.dayTo(), storedVersion + 1));
        if (stored == null) {
            return Effects.insertOnce(mongo, next);
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(window.communityId()).and("version").is(storedVersion)),
                new Update().set("dayFrom", next.dayFrom()).set("dayTo", next.dayTo()).set("version", next.version())
                        .set(WindowDocument.DUE_MARK, next.dueMark()),
                WindowDocument.class).getMatchedCount() > 0;
    }

    @Override
    public List<DueWindow> dueWindows(Instant now, int limit) {
        List<DueWindow> due = new ArrayList<>();
        for (WindowDocument document : mongo.find(DueMarks.marked(WindowDocument.DUE_MARK, "").limit(limit),
                WindowDocument.class)) {
            if (document.dueMark().compareTo(DueMarks.of("", now, "~")) > 0) {
                break; // the marks sort by time: the rest are later
            }
            due.add(new DueWindow(document.toDomain(), document.dueMark()));
        }
        return due;
    }

    @Override
    public boolean rescheduleWindow(DueWindow due, Instant next) {
        return mongo.updateFirst(Query.query(Criteria.where(WindowDocument.DUE_MARK).is(due.mark())),
                new Update().set(WindowDocument.DUE_MARK, WindowDocument.dueAt(due.window().communityId(), next)),
                WindowDocument.class).getMatchedCount() > 0;
    }

    @Override
    public List<Meter> ownerReadPage(String communityId, int page) {
        String prefix = MeterDocument.ownerReadPrefix(communityId, page).replaceAll("([^A-Za-z0-9])", "\\\\$1");
        return mongo.find(Query.query(Criteria.where(MeterDocument.OWNER_READ_KEY).regex("^" + prefix)), MeterDocument.class)
                .stream().map(MeterDocument::toDomain).toList();
    }

    /**
     * Windows saved before they had a due mark are due at once: the watch then keeps their mark. A look at the
     * windows (one small document per community) when the service starts.
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (WindowDocument unmarked : mongo.find(Query.query(Criteria.where(WindowDocument.DUE_MARK).exists(false)),
                WindowDocument.class)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(unmarked.id()).and("version").is(unmarked.version())),
                    new Update().set(WindowDocument.DUE_MARK, WindowDocument.dueAt(unmarked.id(), Instant.EPOCH)),
                    WindowDocument.class);
        }
    }

    private static String mark(Meter meter, Instant remindAt) {
        return remindAt == null ? null : DueMarks.of("", remindAt, meter.id());
    }
}
