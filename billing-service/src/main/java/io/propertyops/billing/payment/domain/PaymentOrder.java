package io.propertyops.billing.payment.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.starter.domain.ConflictException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An owner's online payment order (支付订单) with a provider: what it pays (the charges chosen, or every open charge
 * oldest first) and its state — CREATED while the owner may pay it, then PAID (the provider's notification or the
 * reconciliation query said so), CLOSED or EXPIRED. Its id is the provider's {@code out_trade_no}.
 *
 * <p>Money that arrives is never refused for the order's state: a payment the provider confirms for an order that
 * expired meanwhile (paid in the last second) still pays it. Only a different amount is refused.
 */
public record PaymentOrder(String id, String communityId, String unitId, String ownerId, String ownerName,
                           PaymentMethod provider, Money amount, List<String> chargeIds, String description,
                           String codeUrl, Instant createdAt, Instant expiresAt, State state, String transactionId,
                           Instant paidAt, long version) {

    public enum State { CREATED, PAID, CLOSED, EXPIRED }

    public PaymentOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        chargeIds = chargeIds == null ? List.of() : List.copyOf(chargeIds);
    }

    public static PaymentOrder create(String id, String communityId, String unitId, String ownerId, String ownerName,
                                      PaymentMethod provider, Money amount, List<String> chargeIds, String description,
                                      Instant now, Instant expiresAt) {
        return new PaymentOrder(id, communityId, unitId, ownerId, ownerName, provider, amount, chargeIds, description,
                null, now, expiresAt, State.CREATED, null, null, 0);
    }

    public PaymentOrder withCodeUrl(String url) {
        return new PaymentOrder(id, communityId, unitId, ownerId, ownerName, provider, amount, chargeIds, description,
                url, createdAt, expiresAt, state, transactionId, paidAt, version);
    }

    /**
     * The provider confirmed the payment {@code transactionId} of {@code paidFen}. The same transaction again changes
     * nothing; another transaction for a paid order, or another amount, is refused.
     */
    public PaymentOrder paid(String transactionId, long paidFen, Instant at) {
        Objects.requireNonNull(transactionId, "transactionId");
        if (paidFen != amount.fen()) {
            throw new AmountMismatch(id, amount, Money.ofFen(paidFen));
        }
        if (state == State.PAID) {
            if (!transactionId.equals(this.transactionId)) {
                throw new ConflictException("order-paid", "Order " + id + " was paid by transaction " + this.transactionId);
            }
            return this;
        }
        return new PaymentOrder(id, communityId, unitId, ownerId, ownerName, provider, amount, chargeIds, description,
                codeUrl, createdAt, expiresAt, State.PAID, transactionId, at, version);
    }

    /** Unpaid when its time ran out (the provider closes it too). */
    public PaymentOrder expired() {
        if (state != State.CREATED) {
            throw new ConflictException("order-not-open", "Order " + id + " is " + state);
        }
        return new PaymentOrder(id, communityId, unitId, ownerId, ownerName, provider, amount, chargeIds, description,
                codeUrl, createdAt, expiresAt, State.EXPIRED, null, null, version);
    }

    public PaymentOrder withVersion(long next) {
        return new PaymentOrder(id, communityId, unitId, ownerId, ownerName, provider, amount, chargeIds, description,
                codeUrl, createdAt, expiresAt, state, transactionId, paidAt, next);
    }

    public boolean open() {
        return state == State.CREATED;
    }

    /** The ledger's payment id of this order's payment: the provider and its transaction id. */
    public String paymentId() {
        return transactionId == null ? null : PaymentIds.online(provider, transactionId);
    }

    /** The notification's amount is not the order's: refused, logged, nothing posted. */
    public static final class AmountMismatch extends RuntimeException {

        private final String orderId;

        public AmountMismatch(String orderId, Money ordered, Money paid) {
            super("Order " + orderId + " is for " + ordered + " but the provider reports " + paid, null, false, false);
            this.orderId = orderId;
        }

        public String orderId() {
            return orderId;
        }
    }
}
