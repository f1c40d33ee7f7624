package io.propertyops.notification.reminder.application;

import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.application.Messages;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.catalogue.domain.MessageRule;
import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.notification.inbox.application.Inbox;
import io.propertyops.notification.inbox.domain.InboxEntry;
import io.propertyops.notification.reminder.domain.Reminder;
import io.propertyops.starter.scheduling.DueWorkJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders that are due, one replica at a time (ShedLock on MongoDB), as ordinary messages: in the inbox,
 * and on SMS or email by the person's preferences (after their quiet hours). Each is claimed ({@code SENDING})
 * before it is sent, so a cancelling event no longer stops it and no other run takes it. The message is written
 * when it is due, in the person's language and the template as it reads then. The inbox and deliveries are unique
 * on the reminder, so a run that dies between sending and marking it sent sends nothing twice when the next run
 * takes it again; one reminder that fails does not hold back the others.
 *
 * <p>A reminder to a unit's residents ({@link Reminder#toResidents()}) finds them when it is due — whoever moved
 * out since the bill was issued is not told about the unit's money, whoever moved in is — and tells each of them
 * in one write to the inbox and one to the deliveries, each unique on the reminder and the person.
 */
@Component
class ReminderSender extends DueWorkJob<Reminder> {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final ReminderStore reminders;
    private final MessageCatalogue catalogue;
    private final Messages messages;
    private final Inbox inbox;
    private final Deliveries deliveries;

    ReminderSender(ReminderStore reminders, MessageCatalogue catalogue, Messages messages, Inbox inbox,
                   Deliveries deliveries, Clock clock, MongoTemplate mongo,
                   @Value("${propertyops.notification.reminders.interval:PT10S}") Duration interval) {
        super("reminder-sender", interval, Duration.ofMinutes(1), mongo, clock, 200);
        this.reminders = reminders;
        this.catalogue = catalogue;
        this.messages = messages;
        this.inbox = inbox;
        this.deliveries = deliveries;
    }

    @Override
    protected List<Reminder> due(Instant now, int limit) {
        return reminders.due(now, limit);
    }

    /** Cancelled since it was read, or taken by another replica: once claimed, a cancellation no longer stops it. */
    @Override
    protected boolean claim(Reminder reminder, Instant now) {
        return reminders.claim(reminder.id(), now);
    }

    @Override
    protected boolean attempt(Reminder reminder, Instant now) {
        if (!catalogue.kinds().contains(reminder.kind())) {
            log.warn("Reminder {} dropped: the catalogue has no {} any more", reminder.id(), reminder.kind());
            reminders.settle(reminder.id(), Reminder.Status.CANCELLED, now, "catalogue");
            return false;
        }
        MessageRule rule = catalogue.ruleOfKind(reminder.kind());
        EventFields fields = messages.fields(reminder.data());
        List<MessageComposer.Message> owed = reminder.toResidents()
                ? messages.composeFor(new MessageComposer.Occasion(rule, fields), messages.recipients(rule, fields))
                : List.of(messages.composeFor(rule, fields, reminder.recipientId()));
        inbox.deliver(owed.stream().map(message -> new InboxEntry(null, reminder.id(), message.recipientId(),
                InboxEntry.IN_APP, message.kind(), message.title(), message.body(), reminder.subjectType(),
                reminder.subjectId(), now, null, message.priority())).toList());
        deliveries.plan(owed.stream().map(message -> new Deliveries.Owed(reminder.id(), message, now)).toList());
        reminders.settle(reminder.id(), Reminder.Status.SENT, now, null);
        log.info("Reminder {} of {} {} sent to {} ({} people)", reminder.kind(), reminder.subjectType(),
                reminder.subjectId(), reminder.recipientId(), owed.size());
        return true;
    }

    @Override
    protected void failed(Reminder reminder, RuntimeException error) {
        log.warn("Reminder {} failed; the next run tries again", reminder.id(), error);
    }
}
