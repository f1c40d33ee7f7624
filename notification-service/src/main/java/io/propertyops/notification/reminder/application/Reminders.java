package io.propertyops.notification.reminder.application;

import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.application.Messages;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.catalogue.domain.MessageRule;
import io.propertyops.notification.reminder.domain.CancellingEvent;
import io.propertyops.notification.reminder.domain.Reminder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Scheduling what the catalogue's reminder rows ask of an event, and cancelling what an event makes needless.
 *
 * <p>A row's {@code from} may be a date ({@code dueOn}): the reminder is then due on that day, moved by whole days
 * of its offset, at {@code propertyops.notification.reminders.day-at} (09:00 by default, after the default quiet
 * hours) in {@code propertyops.notification.zone} (Asia/Shanghai). A row to {@code RESIDENTS} schedules one
 * reminder per time for the residents of the event's unit, who are looked up when it is due; an event that names
 * no unit schedules none of it.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ReminderStore store;
    private final MessageCatalogue catalogue;
    private final Messages messages;
    private final LocalTime dayAt;
    private final ZoneId zone;

    Reminders(ReminderStore store, MessageCatalogue catalogue, Messages messages,
              @Value("${propertyops.notification.reminders.day-at:09:00}") LocalTime dayAt,
              @Value("${propertyops.notification.zone:Asia/Shanghai}") ZoneId zone) {
        this.store = store;
        this.catalogue = catalogue;
        this.messages = messages;
        this.dayAt = dayAt;
        this.zone = zone;
    }

    /**
     * @param data the event's data, kept to write the message from when it is due
     * @return how many reminders the event scheduled that were not scheduled before
     */
    public int schedule(String eventId, String eventType, byte[] data, String subjectType, EventFields fields,
                        Instant now) {
        int scheduled = 0;
        for (MessageRule rule : catalogue.remindersFor(eventType, fields)) {
            String from = fields.text(rule.remind().from()).orElse(null);
            if (from == null) {
                continue;
            }
            for (String recipient : recipients(rule, fields, eventId)) {
                for (String at : rule.remind().at()) {
                    Instant dueAt = MessageRule.Remind.dueAt(from, at, dayAt, zone);
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
     * Who a row reminds: the people it names, as they are now; or the residents of the event's unit, as they will be
     * when it is due ({@link Reminder#RESIDENTS}) — none for an event without a unit (a person's bill).
     */
    private Collection<String> recipients(MessageRule rule, EventFields fields, String eventId) {
        if (!rule.to().contains(MessageComposer.RESIDENTS)) {
            return messages.recipients(rule, fields);
        }
        if (fields.text("unitId").isEmpty()) {
            log.info("{} of event {} not scheduled: the event names no unit, and a reminder never tells a community",
                    rule.kind(), eventId);
            return List.of();
        }
        return Set.of(Reminder.RESIDENTS);
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
