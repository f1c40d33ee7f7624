package io.propertyops.billing.payment.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A receipt (收据) for one payment, numbered without gaps per community and year ({@code CODE-2026-000123}): the
 * number is taken by the very write that stores the receipt, so a number exists only with its receipt. It also
 * carries what posting the payment needs, so that a payment whose posting was cut short (a crash after its receipt
 * was written) is completed from it. A reversed payment's receipt is voided (作废), never renumbered or removed.
 *
 * @param id          {@code <communityId>-<year>-<sequence>}, unique per community
 * @param number      what is printed and said on the phone: the community's code, the year, six digits
 * @param source      where the payment came from: {@code ORDER} (online) or {@code DESK}
 * @param sourceId    the order's {@code out_trade_no}, or the cashier's batch
 * @param completed   whether the payment is posted (and its order or batch updated); until then a job completes it
 */
public record Receipt(String id, String number, String communityId, int year, long sequence, String paymentId,
                      String payer, String unitId, String unitNumber, String payerName, Money amount,
                      PaymentMethod method, String reference, List<String> chargeIds, Source source, String sourceId,
                      String cashierId, String cashierName, Instant receivedAt, boolean completed, boolean voided,
                      String voidReason, Instant voidedAt) {

    public enum Source { ORDER, DESK }

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(source, "source");
        chargeIds = chargeIds == null ? List.of() : List.copyOf(chargeIds);
    }

    /** A payment waiting for its receipt: everything but the number. */
    public record Draft(String communityId, String communityCode, int year, String paymentId, String payer,
                        String unitId, String unitNumber, String payerName, Money amount, PaymentMethod method,
                        String reference, List<String> chargeIds, Source source, String sourceId, String cashierId,
                        String cashierName, Instant receivedAt) {

        public Receipt numbered(long sequence) {
            return new Receipt(idOf(communityId, year, sequence), numberOf(communityCode, year, sequence), communityId,
                    year, sequence, paymentId, payer, unitId, unitNumber, payerName, amount, method, reference,
                    chargeIds, source, sourceId, cashierId, cashierName, receivedAt, false, false, null, null);
        }
    }

    public static String idOf(String communityId, int year, long sequence) {
        return "%s-%d-%06d".formatted(communityId, year, sequence);
    }

    public static String numberOf(String communityCode, int year, long sequence) {
        return "%s-%d-%06d".formatted(communityCode, year, sequence);
    }

    /**
     * The short code a community's receipt numbers start with: its id's first eight letters and digits, upper case
     * (the community's own code once the estate publishes one).
     */
    public static String codeOf(String communityId) {
        String letters = communityId.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        return letters.isEmpty() ? "R" : letters.substring(0, Math.min(8, letters.length()));
    }
}
