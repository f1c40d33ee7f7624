package io.propertyops.billing.payment.domain;

import io.propertyops.billing.ledger.domain.PaymentMethod;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids a payment goes by on the ledger, derived from what identifies it outside: an online payment from its
 * provider and the provider's transaction id (so every notification, repeated or raced by the reconciliation query,
 * names the same payment), a desk payment from the cashier and their Idempotency-Key.
 */
public final class PaymentIds {

    private PaymentIds() {
    }

    public static String online(PaymentMethod provider, String transactionId) {
        return provider.name() + ":" + transactionId;
    }

    public static String desk(String cashierId, String idempotencyKey) {
        return "DESK:" + (idempotencyKey == null ? UUID.randomUUID() : UUID.nameUUIDFromBytes(
                (cashierId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)));
    }

    /** An order's {@code out_trade_no}: 32 letters and digits, as WeChat Pay allows (6–32 of [0-9A-Za-z_-|*]). */
    public static String order(String ownerId, String idempotencyKey) {
        UUID uuid = idempotencyKey == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes((ownerId + "\norder\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        return "PO" + uuid.toString().replace("-", "").substring(0, 30).toUpperCase();
    }

    /** The ledger line id of a payment's reversal. */
    public static String reversal(String paymentId) {
        return "REV:" + paymentId;
    }
}
