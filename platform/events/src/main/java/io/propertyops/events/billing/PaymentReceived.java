package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * Money was received and posted to a payer's ledger: online (the provider's notification verified) or at the desk by a cashier, with its receipt number.
 *
 * @param aggregateId the payment's id.
 * @param communityId the community
 * @param payer the ledger's payer
 * @param unitId the unit when the payer is one, else null
 * @param amount the amount received, yuan
 * @param method how it was paid: {@code WECHAT_PAY}, {@code CASH}…
 * @param receiptNumber the receipt's number, gapless per community
 * @param allocated the part that settled charges
 * @param prepaid the part kept as prepaid balance
 * @param owedAfter what the payer still owes after it
 */
@EventType(value = "propertyops.billing.payment-received.v1", topic = Topics.BILLING)
public record PaymentReceived(String eventId, String aggregateId, Instant occurredAt, String communityId, String payer, String unitId, String amount, String method, String receiptNumber, String allocated, String prepaid, String owedAfter) implements BillingEvent {

    public PaymentReceived {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(payer, "payer");
        requireNonNull(amount, "amount");
        requireNonNull(method, "method");
        requireNonNull(allocated, "allocated");
        requireNonNull(prepaid, "prepaid");
        requireNonNull(owedAfter, "owedAfter");
    }
}
