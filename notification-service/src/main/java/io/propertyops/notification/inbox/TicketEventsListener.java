package io.propertyops.notification.inbox;

import io.propertyops.events.EventEnvelope;
import io.propertyops.events.EventJson;
import io.propertyops.events.Topics;
import io.propertyops.notification.catalogue.EventFields;
import io.propertyops.notification.catalogue.MessageCatalogue;
import io.propertyops.notification.catalogue.MessageComposer;
import io.propertyops.notification.catalogue.MessageRule;
import io.propertyops.notification.delivery.Deliveries;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import java.util.List;
import java.time.Clock;
import java.time.ZoneId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns work-order events into inbox messages as the catalogue says, and plans their SMS and email deliveries by
 * each person's preferences. Each person gets a message of an event at most once per channel (inbox and
 * deliveries are unique on event, recipient and channel), however often Kafka delivers it.
 */
@Component
class TicketEventsListener {

    private static final Logger log = LoggerFactory.getLogger(TicketEventsListener.class);

    private final MessageCatalogue catalogue;
    private final MessageComposer composer;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final Clock clock;
    private final ZoneId zone;
    private final EventBatches batches;

    TicketEventsListener(MessageCatalogue catalogue, MessageComposer composer, Inbox inbox, Deliveries deliveries,
                         Clock clock, EventBatches batches, @Value("${propertyops.notification.zone:Asia/Shanghai}") ZoneId zone) {
        this.deliveries = deliveries;
        this.catalogue = catalogue;
        this.composer = composer;
        this.inbox = inbox;
        this.clock = clock;
        this.zone = zone;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TICKET, id = "notification-work-orders")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, this::on);
    }

    private void on(Incoming incoming) {
        EventEnvelope envelope = incoming.envelope();
        ConsumerRecord<String, byte[]> record = incoming.record();
        EventFields fields = new EventFields(EventJson.mapper().readTree(envelope.data()), zone);
        long delivered = 0;
        for (MessageRule rule : catalogue.rulesFor(envelope.type(), fields)) {
            for (MessageComposer.Message message : composer.compose(rule, fields)) {
                if (inbox.deliver(new InboxEntry(null, envelope.id(), message.recipientId(), InboxEntry.IN_APP,
                        message.kind(), message.title(), message.body(), "WORK_ORDER", record.key(), clock.instant(),
                        null, message.priority()))) {
                    delivered++;
                }
                deliveries.plan(envelope.id(), message, clock.instant());
            }
        }
        if (delivered > 0) {
            log.info("{} of work order {} ({}): {} inbox messages delivered", envelope.type(),
                    fields.text("number").orElse("?"), record.key(), delivered);
        }
    }
}
