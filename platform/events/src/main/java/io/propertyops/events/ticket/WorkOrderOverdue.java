package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A deadline of the work order passed without being met.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param deadline which deadline
 * @param dueAt when it was due
 */
@EventType(value = "propertyops.ticket.overdue.v1", topic = Topics.TICKET)
public record WorkOrderOverdue(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        String deadline,
        Instant dueAt) implements WorkOrderEvent {

    public WorkOrderOverdue {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(deadline, "deadline");
        requireNonNull(dueAt, "dueAt");
    }
}
