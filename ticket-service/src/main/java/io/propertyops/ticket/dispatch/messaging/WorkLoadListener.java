package io.propertyops.ticket.dispatch.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderDeclined;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.ticket.dispatch.application.DispatchRoster;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each technician's open work from the work orders' own events, so the load auto-dispatch balances on
 * follows every dispatch, transfer, decline, resolution and cancellation, whoever caused it. Assigning and
 * releasing are idempotent per work order, and one work order's events arrive in order.
 */
@Component
class WorkLoadListener {

    private final DispatchRoster roster;
    private final EventBatches batches;

    WorkLoadListener(DispatchRoster roster, EventBatches batches) {
        this.roster = roster;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TICKET, id = "ticket-work-load",
            groupId = "${spring.application.name}-work-load-${spring.mongodb.database}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, incoming -> {
            switch (incoming.event()) {
                case WorkOrderDispatched event -> {
                    if (event.previousAssigneeId() != null) {
                        roster.released(event.previousAssigneeId(), event.aggregateId());
                    }
                    roster.assigned(event.assigneeId(), event.aggregateId());
                }
                case WorkOrderDeclined event -> roster.released(event.actorId(), event.aggregateId());
                case WorkOrderResolved event -> release(event.workOrder().assigneeId(), event.aggregateId());
                case WorkOrderCancelled event -> release(event.workOrder().assigneeId(), event.aggregateId());
                case null, default -> { }
            }
        });
    }

    private void release(String technicianId, String workOrderId) {
        if (technicianId != null) {
            roster.released(technicianId, workOrderId);
        }
    }
}
