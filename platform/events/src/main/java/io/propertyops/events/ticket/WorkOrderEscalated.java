package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * An overdue deadline was escalated to a level: 1 the assignee and dispatcher, 2 the supervisor, 3 the property manager. Each level happens once per work order and deadline.
 *
 * @param aggregateId the work order id
 * @param actorId     the person id of whoever did it, or {@code system}
 * @param workOrder   the work order after the change
 * @param deadline which deadline
 * @param dueAt when it was due
 * @param level the escalation level, 1 to 3
 */
@EventType(value = "propertyops.ticket.escalated.v1", topic = Topics.TICKET)
public record WorkOrderEscalated(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String actorId,
        WorkOrderFacts workOrder,
        String deadline,
        Instant dueAt,
        int level) implements WorkOrderEvent {

    public WorkOrderEscalated {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(deadline, "deadline");
        requireNonNull(dueAt, "dueAt");
    }
}
