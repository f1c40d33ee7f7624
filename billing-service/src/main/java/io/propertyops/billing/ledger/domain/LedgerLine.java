package io.propertyops.billing.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One immutable line of a payer's ledger (台账分录). Balances are never stored: they are what the lines add up to
 * (see {@link Ledger}). Every amount is positive; the kind says which way it moves money.
 *
 * <ul>
 *   <li>{@code CHARGE}, {@code LATE_FEE} — the payer owes the amount ({@link #charge} says for what; a late fee's
 *       {@link #chargeId} is the charge it is late on);</li>
 *   <li>{@code PAYMENT} — money received ({@link #payment} says how);</li>
 *   <li>{@code ALLOCATION} — part of payment {@link #paymentId} settles charge {@link #chargeId};
 *       {@code ALLOCATION_REVERSAL} undoes part of one;</li>
 *   <li>{@code DISCOUNT}, {@code WAIVER} — the charge {@link #chargeId} is reduced (a waiver with an approval);</li>
 *   <li>{@code REFUND} — unallocated money of payment {@link #paymentId} is paid back (with an approval);</li>
 *   <li>{@code PAYMENT_REVERSAL} — payment {@link #paymentId} is cancelled (a cashier's batch cancelled).</li>
 * </ul>
 */
public record LedgerLine(String id, Kind kind, Money amount, Instant postedAt, String postedBy, String chargeId,
                         String paymentId, ChargeTerms charge, PaymentTerms payment, String approvalId, String note) {

    public enum Kind {
        CHARGE, LATE_FEE, PAYMENT, ALLOCATION, ALLOCATION_REVERSAL, DISCOUNT, WAIVER, REFUND, PAYMENT_REVERSAL;

        /** A charge or late fee: something the payer owes. */
        public boolean owed() {
            return this == CHARGE || this == LATE_FEE;
        }
    }

    /** What a charge is for: the fee item, the period it covers, the bill it belongs to, and when it is due. */
    public record ChargeTerms(String feeItemId, String feeName, String period, String billId, LocalDate dueOn) {

        public ChargeTerms {
            Objects.requireNonNull(feeItemId, "feeItemId");
            Objects.requireNonNull(feeName, "feeName");
            Objects.requireNonNull(dueOn, "dueOn");
        }
    }

    /** How money came in: the method and its reference (a provider's transaction id, a cashier's batch). */
    public record PaymentTerms(PaymentMethod method, String reference) {

        public PaymentTerms {
            Objects.requireNonNull(method, "method");
        }
    }

    public LedgerLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(postedAt, "postedAt");
    }

    static LedgerLine owed(String id, Kind kind, Money amount, Instant at, String by, String principalId,
                           ChargeTerms terms, String note) {
        return new LedgerLine(id, kind, amount, at, by, principalId, null, terms, null, null, note);
    }

    static LedgerLine payment(String id, Money amount, Instant at, String by, PaymentTerms terms) {
        return new LedgerLine(id, Kind.PAYMENT, amount, at, by, null, null, null, terms, null, null);
    }

    static LedgerLine movement(String id, Kind kind, Money amount, Instant at, String by, String chargeId,
                               String paymentId, String approvalId, String note) {
        return new LedgerLine(id, kind, amount, at, by, chargeId, paymentId, null, null, approvalId, note);
    }

    /** When the charge falls due: its own due day, or a late fee's posting day. */
    public LocalDate dueOn() {
        return charge != null ? charge.dueOn() : null;
    }
}
