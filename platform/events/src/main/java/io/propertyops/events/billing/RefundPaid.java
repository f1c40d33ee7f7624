package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * Unallocated money of a payment (prepaid balance, a returned deposit) was paid back, approved by someone other than the requester.
 *
 * @param aggregateId the refund's id.
 * @param communityId the community
 * @param payer the ledger's payer
 * @param unitId the unit when the payer is one, else null
 * @param paymentId the payment refunded from
 * @param amount the amount paid back
 */
@EventType(value = "propertyops.billing.refund-paid.v1", topic = Topics.BILLING)
public record RefundPaid(String eventId, String aggregateId, Instant occurredAt, String communityId, String payer, String unitId, String paymentId, String amount) implements BillingEvent {

    public RefundPaid {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(payer, "payer");
        requireNonNull(paymentId, "paymentId");
        requireNonNull(amount, "amount");
    }
}
