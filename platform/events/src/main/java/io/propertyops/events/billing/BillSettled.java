package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * Every line of a bill is settled (paid, discounted or waived): reminders of it stop.
 *
 * @param aggregateId the bill's id.
 * @param communityId the community
 * @param payer the ledger's payer
 * @param unitId the unit when the payer is one, else null
 * @param period the period billed
 */
@EventType(value = "propertyops.billing.bill-settled.v1", topic = Topics.BILLING)
public record BillSettled(String eventId, String aggregateId, Instant occurredAt, String communityId, String payer, String unitId, String period) implements BillingEvent {

    public BillSettled {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(payer, "payer");
        requireNonNull(period, "period");
    }
}
