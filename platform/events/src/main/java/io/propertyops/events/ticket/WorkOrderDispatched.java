package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * 派单: the work order was dispatched to a technician, by a dispatcher or automatically; a re-dispatch or transfer names the previous assignee.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param assigneeId the technician it is dispatched to
 * @param previousAssigneeId the technician it was taken from on a re-dispatch or transfer; null the first time
 * @param automatic whether auto-dispatch chose the technician
 */
@EventType(value = "propertyops.ticket.dispatched.v1", topic = Topics.TICKET)
public record WorkOrderDispatched(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        String assigneeId,
        String previousAssigneeId,
        boolean automatic) implements WorkOrderEvent {

    public WorkOrderDispatched {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(assigneeId, "assigneeId");
    }
}
