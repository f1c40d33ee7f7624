package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * 受理: the service centre accepted the request. The staff member who accepted it becomes its accountable agent (首问负责人) until it is closed.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 */
@EventType(value = "propertyops.ticket.accepted.v1", topic = Topics.TICKET)
public record WorkOrderAccepted(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder) implements WorkOrderEvent {

    public WorkOrderAccepted {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
    }
}
