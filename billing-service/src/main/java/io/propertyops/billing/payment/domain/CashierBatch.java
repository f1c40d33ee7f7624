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
 * end. When the count does not match, the cashier asks for the batch to be cancelled (作废) through an approval, and a
 * reviewer — finance, a property manager or an admin, never the cashier — approves it (every payment of the batch is
 * then reversed, the batch CANCELLED) or rejects it.
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

    /** A cancellation asked for through an approval ({@code BATCH_CANCELLATION}), and its decision once made. */
    public record Cancellation(String approvalId, String requestedBy, String reason, Instant requestedAt,
                               Boolean approved, String decidedBy, Instant decidedAt) {

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

    /**
     * The cashier asks for the batch to be cancelled, through approval {@code approvalId}; asking again while it waits
     * changes nothing.
     */
    public CashierBatch requestCancellation(String approvalId, String by, String reason, Instant at) {
        if (!by.equals(cashierId)) {
            throw new RuleViolationException("not-the-cashier", "batchId", "Only the batch's cashier asks for its cancellation");
        }
        if (state == State.CANCELLED) {
            throw new ConflictException("batch-cancelled", "Batch " + id + " was cancelled");
        }
        if (cancellation != null && cancellation.pending()) {
            return this;
        }
        if (payments.isEmpty()) {
            throw new ConflictException("batch-empty", "Batch " + id + " has no payments to cancel");
        }
        return with(state, payments, new Cancellation(approvalId, by, reason, at, null, null, null), closedAt);
    }

    /** The id of the approval the batch's next cancellation request goes by: one per request, a retry finds it. */
    public String nextCancellationId() {
        return "BC-" + id + "-" + version;
    }

    /**
     * The approval decided: approved, the batch is CANCELLED (its payments are then reversed); rejected, it goes on as
     * it was. Told again (the approval's action retried), it changes nothing. Whoever asked never decides — the
     * approval saw to it, and this checks it once more.
     */
    public CashierBatch cancellationDecided(String approvalId, boolean approve, String by, Instant at) {
        if (by.equals(cashierId)) {
            throw new SelfReview(id);
        }
        if (state == State.CANCELLED) {
            return this;
        }
        String requestedBy = cancellation == null ? cashierId : cancellation.requestedBy();
        String reason = cancellation == null ? null : cancellation.reason();
        if (cancellation != null && !cancellation.pending() && approvalId.equals(cancellation.approvalId())) {
            return this;
        }
        Cancellation decided = new Cancellation(approvalId, requestedBy, reason,
                cancellation == null ? at : cancellation.requestedAt(), approve, by, at);
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
