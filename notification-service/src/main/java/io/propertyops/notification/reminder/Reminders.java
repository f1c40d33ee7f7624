package io.propertyops.notification.reminder;

import io.propertyops.events.EventEnvelope;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.application.Messages;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.catalogue.domain.MessageRule;
import io.propertyops.starter.messaging.Effects;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The reminder store: scheduling what the catalogue's reminder rows ask of an event, cancelling what an event
 * makes needless, and settling each reminder once.
 */
@Component
class Reminders {

    /** How long a sender's claim on a reminder holds before another run takes it over (the sender died). */
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

    /** An event that cancels reminders of its subject triggered before it, kept for triggers processed after it. */
    @Document("reminder_cancellations")
    @CompoundIndex(name = "by_subject", def = "{'subjectId': 1, 'type': 1, 'occurredAt': 1}")
    record CancellingEvent(@Id String eventId, String subjectId, String type, Instant occurredAt) {
    }

    private final MongoTemplate mongo;
    private final MessageCatalogue catalogue;
    private final Messages messages;

    Reminders(MongoTemplate mongo, MessageCatalogue catalogue, Messages messages) {
        this.mongo = mongo;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** @return how many reminders the event scheduled that were not scheduled before */
    int schedule(EventEnvelope event, String subjectType, EventFields fields, Instant now) {
        int scheduled = 0;
        for (MessageRule rule : catalogue.remindersFor(event.type(), fields)) {
            Instant from = fields.text(rule.remind().from()).map(Instant::parse).orElse(null);
            if (from == null) {
                continue;
            }
            for (String recipient : messages.recipients(rule, fields)) {
                for (String at : rule.remind().at()) {
                    Instant dueAt = from.plus(Duration.parse(at));
                    Reminder reminder = new Reminder(Reminder.idOf(event.id(), rule.kind(), at, recipient),
                            event.id(), event.type(), rule.kind(), subjectType, subjectOf(fields), recipient,
                            occurredAt(fields), dueAt, rule.remind().unless(),
                            new String(event.data(), StandardCharsets.UTF_8),
                            dueAt.isAfter(now) ? Reminder.Status.SCHEDULED : Reminder.Status.MISSED, null, null);
                    if (Effects.insertOnce(mongo, reminder) && reminder.status() == Reminder.Status.SCHEDULED) {
                        scheduled++;
                    }
                }
            }
        }
        return scheduled > 0 ? scheduled - (int) cancelIfAlreadyAnswered(event.id()) : 0;
    }

    /**
     * A cancelling event processed before the trigger it answers: inserting the reminders first and looking for
     * such an event after (while {@link #cancelBy} records the event first and cancels after) means that of two
     * replicas handling them at once, at least one sees the other.
     */
    private long cancelIfAlreadyAnswered(String triggerEventId) {
        long cancelled = 0;
        Query scheduled = Query.query(Criteria.where("triggerEventId").is(triggerEventId)
                .and("status").is(Reminder.Status.SCHEDULED.name()));
        for (Reminder reminder : mongo.find(scheduled, Reminder.class)) {
            CancellingEvent answer = mongo.findOne(Query.query(Criteria.where("subjectId").is(reminder.subjectId())
                    .and("type").in(reminder.unless()).and("occurredAt").gt(reminder.triggeredAt()))
                    .with(Sort.by("occurredAt")), CancellingEvent.class);
            if (answer != null) {
                cancelled += cancel(Query.query(Criteria.where("_id").is(reminder.id())), answer);
            }
        }
        return cancelled;
    }

    /** Cancels the reminders of the event's subject that it makes needless. @return how many */
    long cancelBy(EventEnvelope event, EventFields fields) {
        if (!catalogue.cancelsReminders(event.type())) {
            return 0;
        }
        CancellingEvent cancelling = new CancellingEvent(event.id(), subjectOf(fields), event.type(), occurredAt(fields));
        Effects.insertOnce(mongo, cancelling);
        return cancel(Query.query(Criteria.where("subjectId").is(cancelling.subjectId()).and("unless").is(event.type())
                .and("triggeredAt").lt(cancelling.occurredAt())), cancelling);
    }

    private long cancel(Query which, CancellingEvent by) {
        which.addCriteria(Criteria.where("status").is(Reminder.Status.SCHEDULED.name()));
        return mongo.updateMulti(which, new Update().set("status", Reminder.Status.CANCELLED.name())
                .set("settledAt", by.occurredAt()).set("settledBy", by.eventId()), Reminder.class).getModifiedCount();
    }

    List<Reminder> due(Instant now, int limit) {
        return mongo.find(Query.query(claimable(now).and("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit),
                Reminder.class);
    }

    /** Takes a due reminder for sending, unless it was cancelled or another sender took it since it was read. */
    boolean claim(String id, Instant now) {
        Update claimed = new Update().set("status", Reminder.Status.SENDING.name()).set("settledAt", now).set("settledBy", "sender");
        // {_id, status} is what the unique id_status index serves on the embedded store; a stale claim is the rare case
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Reminder.Status.SCHEDULED.name())),
                claimed, Reminder.class).getModifiedCount() == 1
                || mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Reminder.Status.SENDING.name())
                        .and("settledAt").lt(now.minus(CLAIM_TIMEOUT))), claimed, Reminder.class).getModifiedCount() == 1;
    }

    private static Criteria claimable(Instant now) {
        return new Criteria().orOperator(Criteria.where("status").is(Reminder.Status.SCHEDULED.name()),
                Criteria.where("status").is(Reminder.Status.SENDING.name()).and("settledAt").lt(now.minus(CLAIM_TIMEOUT)));
    }

    /** Marks a claimed reminder sent, or dropped when its row is gone. */
    void settle(Reminder reminder, Reminder.Status status, Instant at, String by) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reminder.id()).and("status").is(Reminder.Status.SENDING.name())),
                new Update().set("status", status.name()).set("settledAt", at).set("settledBy", by), Reminder.class);
    }

    private static String subjectOf(EventFields fields) {
        return fields.text("aggregateId").orElseThrow(() -> new IllegalArgumentException("an event without a subject"));
    }

    private static Instant occurredAt(EventFields fields) {
        return fields.text("occurredAt").map(Instant::parse)
                .orElseThrow(() -> new IllegalArgumentException("an event without its time"));
    }
}
