package io.propertyops.notification.reminder.persistence;

import io.propertyops.notification.reminder.application.ReminderStore;
import io.propertyops.notification.reminder.domain.CancellingEvent;
import io.propertyops.notification.reminder.domain.Reminder;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.persistence.DueMarks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The reminders in {@code reminders}, the cancelling events in {@code reminder_cancellations}. */
@Component
class MongoReminderStore implements ReminderStore {

    /** A reminder as stored. */
    @Document("reminders")
    // present only while scheduled or claimed (a stale claim is taken over): a poll reads these, not every reminder kept
    @CompoundIndex(name = "due_mark", def = "{'dueMark': 1}", unique = true, sparse = true)
    @CompoundIndex(name = "open_by_subject", def = "{'subjectId': 1, 'status': 1}")
    // trivially unique (_id is): the embedded store finds "this reminder, if still scheduled" from an index
    @CompoundIndex(name = "id_status", def = "{'_id': 1, 'status': 1}", unique = true)
    record ReminderDocument(@Id String id, String triggerEventId, String triggerType, String kind, String subjectType,
                            String subjectId, String recipientId, Instant triggeredAt, Instant dueAt,
                            List<String> unless, String data, Reminder.Status status, Instant settledAt,
                            String settledBy, String dueMark) {

        /** Marked while scheduled or claimed; the writes that settle or cancel it remove the mark. */
        static ReminderDocument of(Reminder r) {
            return new ReminderDocument(r.id(), r.triggerEventId(), r.triggerType(), r.kind(), r.subjectType(),
                    r.subjectId(), r.recipientId(), r.triggeredAt(), r.dueAt(), r.unless(), r.data(), r.status(),
                    r.settledAt(), r.settledBy(), dueMark(r));
        }

        static String dueMark(Reminder r) {
            return r.status() == Reminder.Status.SCHEDULED || r.status() == Reminder.Status.SENDING
                    ? DueMarks.of("", r.dueAt(), r.id()) : null;
        }

        Reminder reminder() {
            return new Reminder(id, triggerEventId, triggerType, kind, subjectType, subjectId, recipientId, triggeredAt,
                    dueAt, unless, data, status, settledAt, settledBy);
        }
    }

    /** A cancelling event as stored. */
    @Document("reminder_cancellations")
    @CompoundIndex(name = "by_subject", def = "{'subjectId': 1, 'type': 1, 'occurredAt': 1}")
    record CancellingEventDocument(@Id String eventId, String subjectId, String type, Instant occurredAt) {

        CancellingEvent event() {
            return new CancellingEvent(eventId, subjectId, type, occurredAt);
        }
    }

    private static final String DUE_MARK = "dueMark";

    private final MongoTemplate mongo;

    MongoReminderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insertOnce(Reminder reminder) {
        return Effects.insertOnce(mongo, ReminderDocument.of(reminder));
    }

    @Override
    public List<Reminder> scheduledBy(String triggerEventId) {
        return mongo.find(Query.query(Criteria.where("triggerEventId").is(triggerEventId)
                .and("status").is(Reminder.Status.SCHEDULED.name())), ReminderDocument.class)
                .stream().map(ReminderDocument::reminder).toList();
    }

    @Override
    public boolean keep(CancellingEvent event) {
        return Effects.insertOnce(mongo, new CancellingEventDocument(event.eventId(), event.subjectId(), event.type(),
                event.occurredAt()));
    }

    @Override
    public Optional<CancellingEvent> firstAnswer(String subjectId, List<String> types, Instant after) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("subjectId").is(subjectId)
                        .and("type").in(types).and("occurredAt").gt(after)).with(Sort.by("occurredAt")),
                CancellingEventDocument.class)).map(CancellingEventDocument::event);
    }

    @Override
    public long cancel(String reminderId, CancellingEvent by) {
        return cancel(Query.query(Criteria.where("_id").is(reminderId)), by);
    }

    @Override
    public long cancelTriggeredBefore(CancellingEvent by) {
        return cancel(Query.query(Criteria.where("subjectId").is(by.subjectId()).and("unless").is(by.type())
                .and("triggeredAt").lt(by.occurredAt())), by);
    }

    private long cancel(Query which, CancellingEvent by) {
        which.addCriteria(Criteria.where("status").is(Reminder.Status.SCHEDULED.name()));
        return mongo.updateMulti(which, new Update().set("status", Reminder.Status.CANCELLED.name())
                .set("settledAt", by.occurredAt()).set("settledBy", by.eventId()).unset(DUE_MARK), ReminderDocument.class)
                .getModifiedCount();
    }

    /** Marks sort by {@code dueAt}: read until the first that is not due yet. */
    @Override
    public List<Reminder> due(Instant now, int limit) {
        Instant staleBefore = now.minus(Reminder.CLAIM_TIMEOUT);
        try (Stream<ReminderDocument> marked = mongo.stream(DueMarks.marked(DUE_MARK, ""), ReminderDocument.class)) {
            return marked.map(ReminderDocument::reminder).filter(r -> r.dueAt() != null).takeWhile(r -> !r.dueAt().isAfter(now))
                    .filter(r -> r.status() == Reminder.Status.SCHEDULED || r.status() == Reminder.Status.SENDING
                            && r.settledAt() != null && r.settledAt().isBefore(staleBefore))
                    .limit(limit).toList();
        }
    }

    /** Marks the reminders written before marks were (a scan, once per start). */
    @EventListener(ApplicationReadyEvent.class)
    void markUnmarked() {
        Query unmarked = Query.query(Criteria.where("status").in(Reminder.Status.SCHEDULED.name(), Reminder.Status.SENDING.name())
                .and(DUE_MARK).exists(false));
        for (ReminderDocument found : mongo.find(unmarked, ReminderDocument.class)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(found.id()).and("status").is(found.status().name())),
                    new Update().set(DUE_MARK, ReminderDocument.dueMark(found.reminder())), ReminderDocument.class);
        }
    }

    @Override
    public boolean claim(String id, Instant now) {
        Update claimed = new Update().set("status", Reminder.Status.SENDING.name()).set("settledAt", now).set("settledBy", "sender");
        // {_id, status} is what the unique id_status index serves on the embedded store; a stale claim is the rare case
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Reminder.Status.SCHEDULED.name())),
                claimed, ReminderDocument.class).getModifiedCount() == 1
                || mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Reminder.Status.SENDING.name())
                        .and("settledAt").lt(now.minus(Reminder.CLAIM_TIMEOUT))), claimed, ReminderDocument.class)
                .getModifiedCount() == 1;
    }

    @Override
    public void settle(String id, Reminder.Status status, Instant at, String by) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Reminder.Status.SENDING.name())),
                new Update().set("status", status.name()).set("settledAt", at).set("settledBy", by).unset(DUE_MARK),
                ReminderDocument.class);
    }
}
