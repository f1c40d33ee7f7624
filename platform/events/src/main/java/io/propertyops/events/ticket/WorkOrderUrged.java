package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * 催单: the reporter urged the work order on; the assignee (or the dispatcher, before dispatch) is told. At most once per 30 minutes.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param urgeCount how many times it has been urged
 */
@EventType(value = "propertyops.ticket.urged.v1", topic = Topics.TICKET)
public record WorkOrderUrged(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        int urgeCount) implements WorkOrderEvent {

    public WorkOrderUrged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
    }
}
