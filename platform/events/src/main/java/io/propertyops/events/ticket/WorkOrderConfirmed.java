package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * The reporter confirmed the result, or it was confirmed automatically after the configured days.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param automatic whether it was confirmed automatically
 */
@EventType(value = "propertyops.ticket.confirmed.v1", topic = Topics.TICKET)
public record WorkOrderConfirmed(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        boolean automatic) implements WorkOrderEvent {

    public WorkOrderConfirmed {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
    }
}
