package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * 回访: the service centre called the reporter back and recorded the result.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param satisfied whether the reporter was satisfied
 * @param note what the reporter said
 */
@EventType(value = "propertyops.ticket.revisited.v1", topic = Topics.TICKET)
public record WorkOrderRevisited(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        boolean satisfied,
        String note) implements WorkOrderEvent {

    public WorkOrderRevisited {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(note, "note");
    }
}
