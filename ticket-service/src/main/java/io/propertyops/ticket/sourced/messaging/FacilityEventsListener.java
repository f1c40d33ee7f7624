package io.propertyops.ticket.sourced.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.ticket.sourced.application.SourcedWorkOrders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Facility's findings and due maintenance tasks become work orders. Idempotent: a finding or task handled again — a
 * redelivered batch, or the batch handled record by record after a failure — opens and adds nothing twice.
 */
@Component
class FacilityEventsListener {

    private final SourcedWorkOrders sourced;
    private final EventBatches batches;

    FacilityEventsListener(SourcedWorkOrders sourced, EventBatches batches) {
        this.sourced = sourced;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.FACILITY, id = "ticket-facility-work",
            groupId = "${spring.application.name}-facility-${spring.mongodb.database}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, incoming -> {
            switch (incoming.event()) {
                case FindingReported finding -> sourced.found(finding);
                case FindingCleared cleared -> sourced.cleared(cleared);
                case MaintenanceTaskDue task -> sourced.due(task);
                case null, default -> {
                    // the estate's structure, other facility events and types newer than this catalogue: not work
                }
            }
        });
    }
}
