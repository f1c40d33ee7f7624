package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * The owner approved or declined the quote of a paid in-unit repair; work starts only on an approved one.
 *
 * @param aggregateId the work order id
 * @param actorId     the owner
 * @param workOrder   the work order after the change
 * @param charges     the quote decided on
 */
@EventType(value = "propertyops.ticket.quote-decided.v1", topic = Topics.TICKET)
public record WorkOrderQuoteDecided(String eventId, String aggregateId, Instant occurredAt, String actorId,
                                    WorkOrderFacts workOrder, boolean approved, Charges charges) implements WorkOrderEvent {

    public WorkOrderQuoteDecided {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actorId, "actorId");
        requireNonNull(workOrder, "workOrder");
        requireNonNull(charges, "charges");
    }
}
