package io.propertyops.notification.inbox;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.starter.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Work-order events into inbox messages; idempotent through the inbox's unique key. */
@Component
class TicketEventsListener {

    private static final Logger log = LoggerFactory.getLogger(TicketEventsListener.class);

    private final WorkOrderMessages messages;
    private final Inbox inbox;

    TicketEventsListener(WorkOrderMessages messages, Inbox inbox) {
        this.messages = messages;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.TICKET, id = "notification-work-orders")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, WorkOrderCreated.class).ifPresent(event -> {
            long delivered = messages.created(event).stream().filter(inbox::deliver).count();
            log.info("Work order {} created: {} inbox messages delivered", event.number(), delivered);
        });
    }
}
