package io.propertyops.notification.reminder.application;

import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.application.Messages;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.MessageRule;
import io.propertyops.notification.reminder.domain.CancellingEvent;
import io.propertyops.notification.reminder.domain.Reminder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Scheduling what the catalogue's reminder rows ask of an event, and cancelling what an event makes needless.
 */
@Service
public class Reminders {

    private final ReminderStore store;
    private final MessageCatalogue catalogue;
    private final Messages messages;

    Reminders(ReminderStore store, MessageCatalogue catalogue, Messages messages) {
        this.store = store;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /**
     * @param data the event's data, kept to write the message from when it is due
     * @return how many reminders the event scheduled that were not scheduled before
     */
    public int schedule(String eventId, String eventType, byte[] data, String subjectType, EventFields fields,
                        Instant now) {
        int scheduled = 0;
        for (MessageRule rule : catalogue.remindersFor(eventType, fields)) {
            Instant from = fields.text(rule.remind().from()).map(Instant::parse).orElse(null);
            if (from == null) {
                continue;
            }
            for (String recipient : messages.recipients(rule, fields)) {
                for (String at : rule.remind().at()) {
                    Instant dueAt = from.plus(Duration.parse(at));
                    Reminder reminder = new Reminder(Reminder.idOf(eventId, rule.kind(), at, recipient),
                            eventId, eventType, rule.kind(), subjectType, subjectOf(fields), recipient,
                            occurredAt(fields), dueAt, rule.remind().unless(),
                            new String(data, StandardCharsets.UTF_8),
                            dueAt.isAfter(now) ? Reminder.Status.SCHEDULED : Reminder.Status.MISSED, null, null);
                    if (store.insertOnce(reminder) && reminder.status() == Reminder.Status.SCHEDULED) {
                        scheduled++;
                    }
                }
            }
        }
        return scheduled > 0 ? scheduled - (int) cancelIfAlreadyAnswered(eventId) : 0;
    }

    /**
     * A cancelling event processed before the trigger it answers: inserting the reminders first and looking for
     * such an event after (while {@link #cancelBy} records the event first and cancels after) means that of two
     * replicas handling them at once, at least one sees the other.
     */
    private long cancelIfAlreadyAnswered(String triggerEventId) {
        long cancelled = 0;
        for (Reminder reminder : store.scheduledBy(triggerEventId)) {
            Optional<CancellingEvent> answer = store.firstAnswer(reminder.subjectId(), reminder.unless(),
                    reminder.triggeredAt());
            if (answer.isPresent()) {
                cancelled += store.cancel(reminder.id(), answer.get());
            }
        }
        return cancelled;
    }

    /** Cancels the reminders of the event's subject that it makes needless. @return how many */
    public long cancelBy(String eventId, String eventType, EventFields fields) {
        if (!catalogue.cancelsReminders(eventType)) {
            return 0;
        }
        CancellingEvent cancelling = new CancellingEvent(eventId, subjectOf(fields), eventType, occurredAt(fields));
        store.keep(cancelling);
        return store.cancelTriggeredBefore(cancelling);
    }

    private static String subjectOf(EventFields fields) {
        return fields.text("aggregateId").orElseThrow(() -> new IllegalArgumentException("an event without a subject"));
    }

    private static Instant occurredAt(EventFields fields) {
        return fields.text("occurredAt").map(Instant::parse)
                .orElseThrow(() -> new IllegalArgumentException("an event without its time"));
    }
}
