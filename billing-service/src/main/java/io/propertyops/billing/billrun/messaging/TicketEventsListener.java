package io.propertyops.billing.billrun.messaging;

import io.propertyops.billing.billrun.application.RepairCharges;
import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Charges paid repairs from closed work orders, a batch at a time; every other work-order event is not billing's. */
@Component
class TicketEventsListener {

    private final RepairCharges repairs;
    private final EventBatches batches;

    TicketEventsListener(RepairCharges repairs, EventBatches batches) {
        this.repairs = repairs;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TICKET, id = "billing-repairs")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, batch -> {
            List<WorkOrderClosed> closed = batch.stream().map(Incoming::event).filter(WorkOrderClosed.class::isInstance)
                    .map(WorkOrderClosed.class::cast).filter(event -> event.charges() != null).toList();
            if (!closed.isEmpty()) {
                repairs.charge(closed);
            }
        });
    }
}
