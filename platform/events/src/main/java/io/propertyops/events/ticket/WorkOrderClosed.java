package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * Closed by its accountable agent or a supervisor after the revisit.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param charges     for a paid in-unit repair, what billing charges the owner; null when the work was free
 */
@EventType(value = "propertyops.ticket.closed.v1", topic = Topics.TICKET)
public record WorkOrderClosed(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        Charges charges) implements WorkOrderEvent {

    public WorkOrderClosed {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
    }
}
