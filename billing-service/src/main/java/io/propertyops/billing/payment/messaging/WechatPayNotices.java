package io.propertyops.billing.payment.messaging;

import io.propertyops.billing.payment.application.PaymentProvider.Notice;
import io.propertyops.billing.payment.application.PaymentProvider.NotAuthentic;
import io.propertyops.billing.payment.application.PaymentProvider.TradeState;
import io.propertyops.billing.payment.application.PaymentProvider.Transaction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Verifies what WeChat Pay signs — its notifications and its responses — and opens a notification's resource: the
 * signature over {@code timestamp\nnonce\nbody\n} with the platform key whose serial the message names (an unknown
 * serial is refused, never tried against another key), a timestamp within five minutes of the clock (an old message
 * replayed is refused), then the AES-256-GCM resource with the APIv3 key, and the merchant id checked.
 */
final class WechatPayNotices {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final Map<String, PublicKey> platformKeys;
    private final byte[] apiV3Key;
    private final String mchid;
    private final Clock clock;
    private final JsonMapper json;

    WechatPayNotices(Map<String, PublicKey> platformKeys, String apiV3Key, String mchid, Clock clock, JsonMapper json) {
        this.platformKeys = Map.copyOf(platformKeys);
        this.apiV3Key = apiV3Key.getBytes(StandardCharsets.UTF_8);
        if (this.apiV3Key.length != 32) {
            throw new IllegalStateException("The APIv3 key is 32 characters (AES-256), not " + this.apiV3Key.length);
        }
        this.mchid = mchid;
        this.clock = clock;
        this.json = json;
    }

    /** Checks the signature of a response or notification. @throws NotAuthentic */
    void verifySignature(Map<String, String> headers, String body) {
        String timestamp = headers.get("wechatpay-timestamp");
        String nonce = headers.get("wechatpay-nonce");
        String signature = headers.get("wechatpay-signature");
        String serial = headers.get("wechatpay-serial");
        if (timestamp == null || nonce == null || signature == null || serial == null) {
            throw new NotAuthentic("missing-signature", "Wechatpay-Timestamp, -Nonce, -Signature and -Serial are required");
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (RuntimeException e) {
            throw new NotAuthentic("bad-timestamp", "Wechatpay-Timestamp is no Unix time in seconds");
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_SKEW) >= 0) {
            throw new NotAuthentic("stale-timestamp", "Wechatpay-Timestamp is more than 5 minutes from now");
        }
        PublicKey key = platformKeys.get(serial.trim());
        if (key == null) {
            throw new NotAuthentic("unknown-serial", "No platform certificate or public key has serial " + serial);
        }
        if (!WechatPayCrypto.verify(key, WechatPayCrypto.responseMessage(timestamp, nonce, body), signature)) {
            throw new NotAuthentic("bad-signature", "The signature does not verify");
        }
    }

    /** Verifies a notification and decrypts its transaction. @throws NotAuthentic */
    Notice verify(Map<String, String> headers, byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        verifySignature(headers, body);
        JsonNode notification = read(body, "notification");
        JsonNode resource = notification.path("resource");
        String eventType = notification.path("event_type").asString(null);
        if (!"AEAD_AES_256_GCM".equals(resource.path("algorithm").asString(null))) {
            throw new NotAuthentic("undecryptable-resource", "The resource is not AEAD_AES_256_GCM");
        }
        String plaintext = WechatPayCrypto.decrypt(apiV3Key, resource.path("associated_data").asString(null),
                resource.path("nonce").asString(""), resource.path("ciphertext").asString(""));
        if (plaintext == null) {
            throw new NotAuthentic("undecryptable-resource", "The resource does not decrypt with the APIv3 key");
        }
        if (!"transaction".equals(resource.path("original_type").asString("transaction"))) {
            return new Notice(notification.path("id").asString(null), eventType, null);
        }
        return new Notice(notification.path("id").asString(null), eventType, transaction(read(plaintext, "resource")));
    }

    /** A transaction as the notification's resource and the query API write it. */
    Transaction transaction(JsonNode transaction) {
        String merchant = transaction.path("mchid").asString(null);
        if (merchant != null && !merchant.equals(mchid)) {
            throw new NotAuthentic("other-merchant", "The transaction is merchant " + merchant + "'s");
        }
        String paidAt = transaction.path("success_time").asString(null);
        return new Transaction(transaction.path("out_trade_no").asString(null),
                transaction.path("transaction_id").asString(null), state(transaction.path("trade_state").asString("")),
                transaction.path("amount").path("total").asLong(-1),
                paidAt == null ? null : OffsetDateTime.parse(paidAt).toInstant());
    }

    static TradeState state(String tradeState) {
        return switch (tradeState) {
            case "SUCCESS", "REFUND" -> TradeState.PAID;
            case "NOTPAY", "USERPAYING", "ACCEPT" -> TradeState.NOT_PAID;
            default -> TradeState.CLOSED;
        };
    }

    JsonNode read(String text, String what) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new NotAuthentic("malformed-" + what, "The " + what + " is no JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new NotAuthentic("malformed-" + what, "The " + what + " is no JSON object");
        }
    }
}
