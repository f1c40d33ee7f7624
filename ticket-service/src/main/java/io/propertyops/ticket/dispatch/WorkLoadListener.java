package io.propertyops.ticket.dispatch;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderDeclined;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.starter.messaging.IncomingEvents;
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

    WorkLoadListener(DispatchRoster roster) {
        this.roster = roster;
    }

    @KafkaListener(topics = Topics.TICKET, id = "ticket-work-load",
            groupId = "${spring.application.name}-work-load-${spring.mongodb.database}")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, WorkOrderDispatched.class).ifPresent(event -> {
            if (event.previousAssigneeId() != null) {
                roster.released(event.previousAssigneeId(), event.aggregateId());
            }
            roster.assigned(event.assigneeId(), event.aggregateId());
        });
        IncomingEvents.ofType(record, WorkOrderDeclined.class)
                .ifPresent(event -> roster.released(event.actorId(), event.aggregateId()));
        IncomingEvents.ofType(record, WorkOrderResolved.class).ifPresent(event -> release(event.workOrder().assigneeId(), event.aggregateId()));
        IncomingEvents.ofType(record, WorkOrderCancelled.class).ifPresent(event -> release(event.workOrder().assigneeId(), event.aggregateId()));
    }

    private void release(String technicianId, String workOrderId) {
        if (technicianId != null) {
            roster.released(technicianId, workOrderId);
        }
    }
}
