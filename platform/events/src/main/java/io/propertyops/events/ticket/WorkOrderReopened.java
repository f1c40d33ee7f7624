package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * The result was rejected by the reporter or a revisit was negative; the work order returns to dispatch.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param reason why
 * @param reopenCount how many times it has been reopened
 */
@EventType(value = "propertyops.ticket.reopened.v1", topic = Topics.TICKET)
public record WorkOrderReopened(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        String reason,
        int reopenCount) implements WorkOrderEvent {

    public WorkOrderReopened {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(reason, "reason");
    }
}
