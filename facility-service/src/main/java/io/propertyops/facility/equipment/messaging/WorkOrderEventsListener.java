package io.propertyops.facility.equipment.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderEvent;
import io.propertyops.facility.equipment.application.EquipmentWorkOrders;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Work orders about equipment, from ticket-service's topic, a batch at a time, in a consumer group of its own. What
 * it records is idempotent (each work order's link, resolution and closing is recorded once), so a redelivered batch
 * changes nothing.
 */
@Component
class WorkOrderEventsListener {

    private final EquipmentWorkOrders workOrders;
    private final EventBatches batches;

    WorkOrderEventsListener(EquipmentWorkOrders workOrders, EventBatches batches) {
        this.workOrders = workOrders;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TICKET, id = "facility-equipment-work-orders")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, batch -> workOrders.handle(batch.stream().map(Incoming::event)
                .filter(WorkOrderEvent.class::isInstance).map(WorkOrderEvent.class::cast).toList()));
    }
}
