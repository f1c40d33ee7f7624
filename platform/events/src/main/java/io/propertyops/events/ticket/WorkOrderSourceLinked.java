package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A finding or a maintenance task from another domain went to this work order: it opened it ({@code opened}), or
 * — for a finding about a problem already open — it was added to it as one more occurrence with its evidence. The
 * domain that published the source keeps which work order its source is in from this event.
 *
 * @param aggregateId         the work order id
 * @param sourceKind          {@code FINDING} or {@code MAINTENANCE_TASK}
 * @param sourceId            the finding's or the task's id
 * @param opened              whether this source opened the work order
 * @param occurrences         how many sources the work order holds now, this one included
 * @param repeatOfWorkOrderId the work order for the same problem closed within the repeat window before this one
 *                            opened (a repeat failure, 重复故障); null when none
 * @param equipmentId         the equipment concerned; null for a place
 * @param workOrder           the work order after the change
 */
@EventType(value = "propertyops.ticket.source-linked.v1", topic = Topics.TICKET)
public record WorkOrderSourceLinked(String eventId, String aggregateId, Instant occurredAt, String sourceKind,
                                    String sourceId, boolean opened, int occurrences, String repeatOfWorkOrderId,
                                    String equipmentId, WorkOrderFacts workOrder) implements WorkOrderEvent {

    public WorkOrderSourceLinked {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(sourceKind, "sourceKind");
        requireNonNull(sourceId, "sourceId");
        requireNonNull(workOrder, "workOrder");
    }
}
