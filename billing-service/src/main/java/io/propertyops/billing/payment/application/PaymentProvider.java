package io.propertyops.billing.payment.application;

import io.propertyops.billing.ledger.domain.PaymentMethod;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A payment provider (支付渠道) as the payments need it: create an order the owner pays, verify and decrypt the
 * provider's notification that it was paid, and query an order for reconciliation (a notification lost on the way
 * loses no money). Adapters: WeChat Pay API v3, and the development sandbox that speaks the same protocol with a
 * development key.
 */
public interface PaymentProvider {

    /** Which provider: also the path segment of its notification, {@code /api/v1/payments/notify/wechat-pay}. */
    PaymentMethod method();

    /** Creates the order with the provider. @throws ProviderUnavailable when it cannot be reached or refuses */
    CreatedOrder create(OrderRequest request);

    /**
     * Verifies a notification as received (headers by lower-case name, the body's exact bytes) and decrypts what it
     * says. @throws NotAuthentic when it was not signed by the provider, is stale or cannot be decrypted
     */
    Notice verify(Map<String, String> headers, byte[] body);

    /** What the provider knows of the order; empty when it knows none. @throws ProviderUnavailable */
    Optional<Transaction> query(String outTradeNo);

    /** Closes an unpaid order, so that it cannot be paid any more. @throws ProviderUnavailable */
    void close(String outTradeNo);

    /** @param description what the owner sees in their payment app (商品描述), at most 127 characters */
    record OrderRequest(String outTradeNo, long amountFen, String description, Instant expiresAt) {
    }

    /** @param codeUrl what the owner's QR code encodes (WeChat Pay's {@code code_url}) */
    record CreatedOrder(String codeUrl) {
    }

    /**
     * A verified notification.
     *
     * @param transaction what it says of the order: null for a notification of another kind (a refund's), which is
     *                    acknowledged and ignored
     */
    record Notice(String id, String eventType, Transaction transaction) {
    }

    /** An order as the provider knows it. */
    record Transaction(String outTradeNo, String transactionId, TradeState state, long amountFen, Instant paidAt) {
    }

    /** The provider's order states, as far as payments need them. */
    enum TradeState {
        /** paid (WeChat Pay: SUCCESS; also REFUND — paid, and refunded since) */
        PAID,
        /** not paid (yet): NOTPAY, USERPAYING */
        NOT_PAID,
        /** will not be paid: CLOSED, REVOKED, PAYERROR */
        CLOSED
    }

    /** A notification or a response the provider did not sign, or one that is stale or does not decrypt. */
    final class NotAuthentic extends RuntimeException {

        private final String code;

        public NotAuthentic(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The provider could not be reached, answered an error, or answered without a valid signature. */
    final class ProviderUnavailable extends RuntimeException {

        public ProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
