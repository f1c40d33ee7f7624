package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A payment was cancelled (a cashier's batch cancelled with a reviewer's approval): the charges it settled owe again.
 *
 * @param aggregateId the payment's id.
 * @param communityId the community
 * @param payer the ledger's payer
 * @param unitId the unit when the payer is one, else null
 * @param amount the payment's amount
 * @param reason why
 */
@EventType(value = "propertyops.billing.payment-reversed.v1", topic = Topics.BILLING)
public record PaymentReversed(String eventId, String aggregateId, Instant occurredAt, String communityId, String payer, String unitId, String amount, String reason) implements BillingEvent {

    public PaymentReversed {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(payer, "payer");
        requireNonNull(amount, "amount");
    }
}
