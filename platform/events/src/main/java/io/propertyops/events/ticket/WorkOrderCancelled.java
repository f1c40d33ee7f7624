package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * Cancelled by the reporter before dispatch, or by staff with a reason.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param reason why
 */
@EventType(value = "propertyops.ticket.cancelled.v1", topic = Topics.TICKET)
public record WorkOrderCancelled(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        String reason) implements WorkOrderEvent {

    public WorkOrderCancelled {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(reason, "reason");
    }
}
