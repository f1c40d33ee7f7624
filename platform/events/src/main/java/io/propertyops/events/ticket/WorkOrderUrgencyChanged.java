package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * Staff changed the urgency, with a reason; the deadlines were recomputed from the submission time.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param previousUrgency the urgency before
 * @param reason why
 */
@EventType(value = "propertyops.ticket.urgency-changed.v1", topic = Topics.TICKET)
public record WorkOrderUrgencyChanged(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        String previousUrgency,
        String reason) implements WorkOrderEvent {

    public WorkOrderUrgencyChanged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(previousUrgency, "previousUrgency");
        requireNonNull(reason, "reason");
    }
}
