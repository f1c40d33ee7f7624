package io.propertyops.notification.reminder;

import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.application.MessageCatalogue;
import io.propertyops.notification.catalogue.application.Messages;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.notification.inbox.Inbox;
import io.propertyops.notification.inbox.InboxEntry;
import io.propertyops.starter.scheduling.LockedJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders that are due, one replica at a time (ShedLock on MongoDB), as ordinary messages: in the inbox,
 * and on SMS or email by the person's preferences (after their quiet hours). The message is written when it is due,
 * in the person's language and the template as it reads then. The inbox and deliveries are unique on the reminder,
 * so a run that dies between sending and marking it sent sends nothing twice when the next run takes it again.
 */
@Component
class ReminderSender extends LockedJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final Reminders reminders;
    private final MessageCatalogue catalogue;
    private final Messages messages;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final Clock clock;

    ReminderSender(Reminders reminders, MessageCatalogue catalogue, Messages messages, Inbox inbox,
                   Deliveries deliveries, Clock clock, MongoTemplate mongo,
                   @Value("${propertyops.notification.reminders.interval:PT10S}") Duration interval) {
        super("reminder-sender", interval, Duration.ofMinutes(1), mongo);
        this.reminders = reminders;
        this.catalogue = catalogue;
        this.messages = messages;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    protected void run() {
        sendDue();
    }

    /** @return how many it sent */
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Reminder reminder : reminders.due(now, 200)) {
            // cancelled since it was read, or taken by another replica: once claimed, a cancellation no longer stops it
            if (!reminders.claim(reminder.id(), now)) {
                continue;
            }
            try {
                sent += send(reminder, now) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Reminder {} failed; the next run tries again", reminder.id(), e);
            }
        }
        return sent;
    }

    private boolean send(Reminder reminder, Instant now) {
        if (!catalogue.kinds().contains(reminder.kind())) {
            log.warn("Reminder {} dropped: the catalogue has no {} any more", reminder.id(), reminder.kind());
            reminders.settle(reminder, Reminder.Status.CANCELLED, now, "catalogue");
            return false;
        }
        MessageComposer.Message message = messages.composeFor(catalogue.ruleOfKind(reminder.kind()),
                messages.fields(reminder.data()), reminder.recipientId());
        inbox.deliver(new InboxEntry(null, reminder.id(), reminder.recipientId(), InboxEntry.IN_APP, message.kind(),
                message.title(), message.body(), reminder.subjectType(), reminder.subjectId(), now, null,
                message.priority()));
        deliveries.plan(reminder.id(), message, now);
        reminders.settle(reminder, Reminder.Status.SENT, now, null);
        log.info("Reminder {} of {} {} sent to {}", reminder.kind(), reminder.subjectType(), reminder.subjectId(),
                reminder.recipientId());
        return true;
    }
}
