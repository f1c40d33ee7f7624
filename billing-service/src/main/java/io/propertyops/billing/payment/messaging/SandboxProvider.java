package io.propertyops.billing.payment.messaging;

import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.PaymentProvider;
import io.propertyops.billing.payment.application.PaymentSimulator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The development sandbox (沙箱): a payment provider that runs inside billing-service with a development key pair and
 * APIv3 key made at start, so that {@code ./run} takes online payments without any merchant keys. Its orders are paid
 * by {@link #pay} (the staff or development "pay" endpoint), which answers a notification in WeChat Pay's format —
 * resource encrypted with AES-256-GCM, signed SHA256withRSA over {@code timestamp\nnonce\nbody\n} — verified by the
 * same code as WeChat Pay's. What it knows of its orders lives in memory: a restart forgets unpaid ones (their
 * reconciliation then finds none and expires them).
 */
@Component
@ConditionalOnBooleanProperty(name = "propertyops.billing.payments.sandbox.enabled", matchIfMissing = true)
class SandboxProvider implements PaymentProvider, PaymentSimulator {

    static final String MCHID = "sandbox";
    static final String SERIAL = "SANDBOX-DEVELOPMENT-KEY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Order(long amountFen, String transactionId, Instant paidAt, boolean closed) {
    }

    private final KeyPair platformKey;
    private final String apiV3Key;
    private final WechatPayNotices notices;
    private final Clock clock;
    private final JsonMapper json;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();

    SandboxProvider(Clock clock, JsonMapper json) {
        this.clock = clock;
        this.json = json;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.platformKey = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.apiV3Key = HexFormat.of().formatHex(random(16));
        this.notices = new WechatPayNotices(Map.of(SERIAL, platformKey.getPublic()), apiV3Key, MCHID, clock, json);
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.SANDBOX;
    }

    @Override
    public CreatedOrder create(OrderRequest request) {
        orders.putIfAbsent(request.outTradeNo(), new Order(request.amountFen(), null, null, false));
        return new CreatedOrder("sandbox://pay/" + request.outTradeNo());
    }

    @Override
    public Notice verify(Map<String, String> headers, byte[] body) {
        return notices.verify(headers, body);
    }

    @Override
    public Optional<Transaction> query(String outTradeNo) {
        return Optional.ofNullable(orders.get(outTradeNo)).map(order -> new Transaction(outTradeNo,
                order.transactionId(), order.transactionId() != null ? TradeState.PAID
                : order.closed() ? TradeState.CLOSED : TradeState.NOT_PAID, order.amountFen(), order.paidAt()));
    }

    @Override
    public void close(String outTradeNo) {
        orders.computeIfPresent(outTradeNo, (no, order) -> order.transactionId() != null ? order
                : new Order(order.amountFen(), null, null, true));
    }

    @Override
    public SignedNotification pay(String outTradeNo, long amountFen) {
        Order order = orders.compute(outTradeNo, (no, known) -> known != null && known.transactionId() != null ? known
                : new Order(amountFen, "SANDBOX" + HexFormat.of().withUpperCase().formatHex(random(12)), clock.instant(), false));
        ObjectNode transaction = json.createObjectNode()
                .put("mchid", MCHID)
                .put("appid", "sandbox")
                .put("out_trade_no", outTradeNo)
                .put("transaction_id", order.transactionId())
                .put("trade_type", "NATIVE")
                .put("trade_state", "SUCCESS")
                .put("trade_state_desc", "支付成功")
                .put("success_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(order.paidAt().atOffset(ZoneOffset.ofHours(8))));
        transaction.putObject("amount").put("total", order.amountFen()).put("payer_total", order.amountFen())
                .put("currency", "CNY").put("payer_currency", "CNY");
        String resourceNonce = HexFormat.of().formatHex(random(6));
        ObjectNode notification = json.createObjectNode()
                .put("id", "SANDBOX-EV-" + order.transactionId())
                .put("create_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.ofHours(8))))
                .put("resource_type", "encrypt-resource")
                .put("event_type", "TRANSACTION.SUCCESS")
                .put("summary", "支付成功");
        notification.putObject("resource")
                .put("original_type", "transaction")
                .put("algorithm", "AEAD_AES_256_GCM")
                .put("ciphertext", WechatPayCrypto.encrypt(apiV3Key.getBytes(StandardCharsets.UTF_8), "transaction",
                        resourceNonce, json.writeValueAsString(transaction)))
                .put("associated_data", "transaction")
                .put("nonce", resourceNonce);
        String body = json.writeValueAsString(notification);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = WechatPayProvider.nonce();
        return new SignedNotification(Map.of(
                "wechatpay-timestamp", timestamp,
                "wechatpay-nonce", nonce,
                "wechatpay-serial", SERIAL,
                "wechatpay-signature", WechatPayCrypto.sign(platformKey.getPrivate(),
                        WechatPayCrypto.responseMessage(timestamp, nonce, body))),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }
}
