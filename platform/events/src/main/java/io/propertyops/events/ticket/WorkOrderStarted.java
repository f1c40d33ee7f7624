package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * 处理: the technician is on site and working.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 */
@EventType(value = "propertyops.ticket.started.v1", topic = Topics.TICKET)
public record WorkOrderStarted(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder) implements WorkOrderEvent {

    public WorkOrderStarted {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
    }
}
