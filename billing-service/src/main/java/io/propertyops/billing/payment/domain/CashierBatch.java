package io.propertyops.billing.payment.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A cashier's daily batch (日结批次): the payments one cashier took at one community's desk on one day, with their
 * totals by method for the cash count. OPEN while the cashier takes payments; CLOSED by the cashier or at the day's
 * end. When the count does not match, the cashier asks for the batch to be cancelled (作废) and a reviewer — anyone
 * but the requester — approves (every payment of the batch is then reversed, the batch CANCELLED) or rejects it.
 * A batch with a cancellation waiting takes no payments.
 */
public record CashierBatch(String id, String communityId, String cashierId, String cashierName, LocalDate day,
                          int sequence, State state, List<Entry> payments, Cancellation cancellation,
                          Instant openedAt, Instant closedAt, long version) {

    public enum State { OPEN, CLOSED, CANCELLED }

    /** A payment of the batch. */
    public record Entry(String paymentId, String unitId, PaymentMethod method, Money amount, String receiptNumber,
                        Instant at) {

        public Entry {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** A cancellation asked for, and its decision once a reviewer made it. */
    public record Cancellation(String requestedBy, String reason, Instant requestedAt, String decidedBy,
                               Boolean approved, String decisionNote, Instant decidedAt) {

        public boolean pending() {
            return approved == null;
        }
    }

    public CashierBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(cashierId, "cashierId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(state, "state");
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** The id of a cashier's {@code sequence}th batch of a day at a community (a closed batch is followed by the next). */
    public static String idOf(String communityId, String cashierId, LocalDate day, int sequence) {
        return "CB-" + day.toString().replace("-", "") + "-" + UUID.nameUUIDFromBytes(
                (communityId + "\n" + cashierId + "\n" + day + "\n" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString().substring(0, 13);
    }

    public static CashierBatch open(String communityId, String cashierId, String cashierName, LocalDate day,
                                    int sequence, Instant now) {
        return new CashierBatch(idOf(communityId, cashierId, day, sequence), communityId, cashierId, cashierName, day,
                sequence, State.OPEN, List.of(), null, now, null, 0);
    }

    /** Whether a cashier's new payment may go into this batch. */
    public boolean takesPayments() {
        return state == State.OPEN && (cancellation == null || !cancellation.pending());
    }

    /** The payment joins the batch; one already in it changes nothing. */
    public CashierBatch add(Entry entry) {
        if (contains(entry.paymentId())) {
            return this;
        }
        if (state == State.CANCELLED) {
            throw new ConflictException("batch-cancelled", "Batch " + id + " was cancelled");
        }
        List<Entry> next = new ArrayList<>(payments);
        next.add(entry);
        return with(state, next, cancellation, closedAt);
    }

    public boolean contains(String paymentId) {
        return payments.stream().anyMatch(entry -> entry.paymentId().equals(paymentId));
    }

    /** Closed for the day (日结) by the cashier, a reviewer or the day-end job; closing a closed batch changes nothing. */
    public CashierBatch close(Instant at) {
        if (state == State.CLOSED) {
            return this;
        }
        if (state != State.OPEN) {
            throw new ConflictException("batch-not-open", "Batch " + id + " is " + state);
        }
        return with(State.CLOSED, payments, cancellation, at);
    }

    /** The cashier asks for the batch to be cancelled. */
    public CashierBatch requestCancellation(String by, String reason, Instant at) {
        if (!by.equals(cashierId)) {
            throw new RuleViolationException("not-the-cashier", "batchId", "Only the batch's cashier asks for its cancellation");
        }
        if (state == State.CANCELLED) {
            throw new ConflictException("batch-cancelled", "Batch " + id + " was cancelled");
        }
        if (cancellation != null && cancellation.pending()) {
            if (Objects.equals(cancellation.reason(), reason)) {
                return this;
            }
            throw new ConflictException("cancellation-pending", "A cancellation of batch " + id + " waits for review");
        }
        if (payments.isEmpty()) {
            throw new ConflictException("batch-empty", "Batch " + id + " has no payments to cancel");
        }
        return with(state, payments, new Cancellation(by, reason, at, null, null, null, null), closedAt);
    }

    /**
     * A reviewer decides the waiting cancellation: never the one who asked for it. The same decision by the same
     * reviewer again (a retry) changes nothing.
     */
    public CashierBatch decideCancellation(String by, boolean approve, String note, Instant at) {
        if (cancellation == null) {
            throw new ConflictException("no-cancellation", "No cancellation of batch " + id + " was asked for");
        }
        if (by.equals(cancellation.requestedBy())) {
            throw new SelfReview(id);
        }
        if (!cancellation.pending()) {
            if (by.equals(cancellation.decidedBy()) && approve == cancellation.approved()) {
                return this;
            }
            throw new ConflictException("cancellation-decided", "The cancellation of batch " + id + " was decided");
        }
        Cancellation decided = new Cancellation(cancellation.requestedBy(), cancellation.reason(),
                cancellation.requestedAt(), by, approve, note, at);
        return with(approve ? State.CANCELLED : state, payments, decided, approve && closedAt == null ? at : closedAt);
    }

    /** Totals by method (for the cash count: 现金 against the drawer, POS against the terminal's slip…). */
    public Map<PaymentMethod, Money> totals() {
        Map<PaymentMethod, Money> totals = new EnumMap<>(PaymentMethod.class);
        payments.forEach(entry -> totals.merge(entry.method(), entry.amount(), Money::plus));
        return totals;
    }

    public Money total() {
        return payments.stream().map(Entry::amount).reduce(Money.ZERO, Money::plus);
    }

    public CashierBatch withVersion(long next) {
        return new CashierBatch(id, communityId, cashierId, cashierName, day, sequence, state, payments, cancellation,
                openedAt, closedAt, next);
    }

    private CashierBatch with(State nextState, List<Entry> nextPayments, Cancellation nextCancellation, Instant closed) {
        return new CashierBatch(id, communityId, cashierId, cashierName, day, sequence, nextState, nextPayments,
                nextCancellation, openedAt, closed, version);
    }

    /** The requester of a cancellation reviewing it themselves: refused (审核人不得为申请人). */
    public static final class SelfReview extends RuntimeException {

        public SelfReview(String batchId) {
            super("The cancellation of batch " + batchId + " is reviewed by someone other than who asked for it",
                    null, false, false);
        }
    }
}
