package io.propertyops.notification.reminder.messaging;

import io.propertyops.events.EventEnvelope;
import io.propertyops.notification.catalogue.application.Messages;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.Subjects;
import io.propertyops.notification.reminder.application.Reminders;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import java.util.List;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Schedules and cancels reminders from the events of the topics the catalogue's reminder rows name (work orders,
 * and bills on {@code propertyops.billing.v1}: a bill issued schedules, a bill settled cancels), so a new domain's
 * reminder is a row. Its own consumer group, so a failing reminder never holds back the
 * messages sent at once; idempotent as the store is unique on event, kind, time and person.
 */
@Component
class ReminderEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ReminderEventsListener.class);

    private final Reminders reminders;
    private final Clock clock;
    private final Messages messages;
    private final EventBatches batches;

    ReminderEventsListener(Reminders reminders, Clock clock, EventBatches batches, Messages messages) {
        this.reminders = reminders;
        this.batches = batches;
        this.clock = clock;
        this.messages = messages;
    }

    @KafkaListener(topics = "#{@messageCatalogue.reminderTopics()}", id = "notification-reminders")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, this::on);
    }

    private void on(Incoming incoming) {
        EventEnvelope envelope = incoming.envelope();
        ConsumerRecord<String, byte[]> record = incoming.record();
        EventFields fields = messages.fields(envelope.data());
        long cancelled = reminders.cancelBy(envelope.id(), envelope.type(), fields);
        int scheduled = reminders.schedule(envelope.id(), envelope.type(), envelope.data(), Subjects.typeOf(record.topic()),
                fields, clock.instant());
        if (cancelled + scheduled > 0) {
            log.info("{} of {} ({}): {} reminders scheduled, {} cancelled", envelope.type(),
                    fields.text("number").orElse(Subjects.typeOf(record.topic())), record.key(), scheduled, cancelled);
        }
    }
}
