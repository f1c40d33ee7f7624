package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A technician quoted a paid in-unit repair (报价) from the community's price list; the owner approves or declines
 * it before work starts.
 *
 * @param aggregateId the work order id
 * @param actorId     the technician
 * @param workOrder   the work order after the change
 * @param charges     what the repair would cost
 */
@EventType(value = "propertyops.ticket.quoted.v1", topic = Topics.TICKET)
public record WorkOrderQuoted(String eventId, String aggregateId, Instant occurredAt, String actorId,
                              WorkOrderFacts workOrder, Charges charges) implements WorkOrderEvent {

    public WorkOrderQuoted {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(charges, "charges");
    }
}
