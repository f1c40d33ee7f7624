package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The daily job posted a late fee (滞纳金) on an overdue charge, by the community's policy for its fee item.
 *
 * @param aggregateId the late fee's charge id.
 * @param communityId the community
 * @param payer the ledger's payer
 * @param unitId the unit when the payer is one, else null
 * @param principalChargeId the overdue charge
 * @param amount the late fee
 * @param asOf the day it was accrued to
 */
@EventType(value = "propertyops.billing.late-fee-posted.v1", topic = Topics.BILLING)
public record LateFeePosted(String eventId, String aggregateId, Instant occurredAt, String communityId, String payer, String unitId, String principalChargeId, String amount, LocalDate asOf) implements BillingEvent {

    public LateFeePosted {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(payer, "payer");
        requireNonNull(principalChargeId, "principalChargeId");
        requireNonNull(amount, "amount");
        requireNonNull(asOf, "asOf");
    }
}
