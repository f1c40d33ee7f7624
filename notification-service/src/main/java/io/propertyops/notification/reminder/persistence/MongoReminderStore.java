package io.propertyops.notification.reminder.persistence;

import io.propertyops.notification.reminder.application.ReminderStore;
import io.propertyops.notification.reminder.domain.CancellingEvent;
import io.propertyops.notification.reminder.domain.Reminder;
import io.propertyops.starter.messaging.Effects;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    @CompoundIndex(name = "due", def = "{'status': 1, 'dueAt': 1}")
    @CompoundIndex(name = "open_by_subject", def = "{'subjectId': 1, 'status': 1}")
    // trivially unique (_id is): the embedded store finds "this reminder, if still scheduled" from an index
    @CompoundIndex(name = "id_status", def = "{'_id': 1, 'status': 1}", unique = true)
    record ReminderDocument(@Id String id, String triggerEventId, String triggerType, String kind, String subjectType,
                            String subjectId, String recipientId, Instant triggeredAt, Instant dueAt,
                            List<String> unless, String data, Reminder.Status status, Instant settledAt,
                            String settledBy) {

        static ReminderDocument of(Reminder r) {
            return new ReminderDocument(r.id(), r.triggerEventId(), r.triggerType(), r.kind(), r.subjectType(),
                    r.subjectId(), r.recipientId(), r.triggeredAt(), r.dueAt(), r.unless(), r.data(), r.status(),
                    r.settledAt(), r.settledBy());
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
                .set("settledAt", by.occurredAt()).set("settledBy", by.eventId()), ReminderDocument.class)
                .getModifiedCount();
    }

    @Override
    public List<Reminder> due(Instant now, int limit) {
        return mongo.find(Query.query(claimable(now).and("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit),
                ReminderDocument.class).stream().map(ReminderDocument::reminder).toList();
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

    private static Criteria claimable(Instant now) {
        return new Criteria().orOperator(Criteria.where("status").is(Reminder.Status.SCHEDULED.name()),
                Criteria.where("status").is(Reminder.Status.SENDING.name()).and("settledAt").lt(now.minus(Reminder.CLAIM_TIMEOUT)));
    }

    @Override
    public void settle(String id, Reminder.Status status, Instant at, String by) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Reminder.Status.SENDING.name())),
                new Update().set("status", status.name()).set("settledAt", at).set("settledBy", by), ReminderDocument.class);
    }
}
