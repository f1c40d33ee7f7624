package io.propertyops.billing.payment.application;

import io.propertyops.billing.payment.domain.Receipt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where receipts are kept. Numbers are taken without gaps: a receipt is inserted under the next free number of its
 * community and year ({@code _id} unique), so a number is taken only by the write that stores its receipt, and a
 * crash between "taking" and "saving" cannot exist; a per-community counter only says where to start looking.
 */
public interface ReceiptStore {

    /**
     * The payment's receipt: the one it has, or a new one under the community's next number, waiting to be completed
     * at {@code completeAt} should its posting be cut short.
     */
    Receipt issue(Receipt.Draft draft, Instant completeAt);

    Optional<Receipt> find(String id);

    Optional<Receipt> ofPayment(String paymentId);

    /** The payment is posted: nothing waits any more. */
    void completed(String id);

    /** Marks the receipt void (its payment reversed); a void one stays as it was voided. */
    void voided(String id, String reason, Instant at);

    /** Receipts whose completion is due at {@code now}, the earliest first. */
    List<Receipt> dueForCompletion(Instant now, int limit);

    /** A community's receipts of a unit, newest first (bounded by the community's documents). */
    List<Receipt> ofUnit(String communityId, String unitId);
}
