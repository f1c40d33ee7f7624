package io.propertyops.billing.payment.messaging;

import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.WechatPayStub;
import io.propertyops.billing.payment.application.PaymentProperties;
import io.propertyops.billing.payment.application.PaymentProvider;
import io.propertyops.billing.payment.application.PaymentProvider.NotAuthentic;
import io.propertyops.billing.payment.application.PaymentProvider.TradeState;
import io.propertyops.billing.payment.application.WechatPayProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The WeChat Pay v3 adapter against the local stub with test keys: requests signed as documented, responses and
 * notifications believed only with the platform's signature, resources decrypted, and every kind of forgery refused.
 */
class WechatPayProviderTest {

    static final Clock CLOCK = Clock.systemUTC();
    static final WechatPayStub STUB = new WechatPayStub(CLOCK);
    static final PaymentProperties PAYMENTS = new PaymentProperties(PaymentMethod.WECHAT_PAY, ZoneId.of("Asia/Shanghai"),
            Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofSeconds(30),
            Duration.ofMinutes(5), 200, new PaymentProperties.Sandbox(true),
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");
    static final Pattern AUTHORIZATION = Pattern.compile("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000109\",nonce_str=\"[0-9A-F]{32}\","
            + "signature=\"[A-Za-z0-9+/=]{344}\",timestamp=\"\\d{10}\",serial_no=\"" + WechatPayStub.MERCHANT_SERIAL + "\"");

    final WechatPayProvider provider = new WechatPayProvider(properties(), PAYMENTS, CLOCK, JsonMapper.builder().build());

    static WechatPayProperties properties() {
        return new WechatPayProperties(true, WechatPayStub.MCHID, WechatPayStub.APPID, WechatPayStub.MERCHANT_SERIAL,
                STUB.merchantKeyPath(), STUB.apiV3Key, List.of(STUB.platformCertificatePath()), null, null,
                URI.create(STUB.baseUrl()), URI.create("https://pay.example.test/api/v1/payments/notify/wechat-pay"),
                Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    static String orderNo() {
        return "PO" + Long.toHexString(System.nanoTime()).toUpperCase() + "TEST";
    }

    @Test
    void createsANativeOrderWithARequestSignedAsDocumented() {
        String no = orderNo();
        PaymentProvider.CreatedOrder created = provider.create(new PaymentProvider.OrderRequest(no, 31240, "翠湖花园 1-1-101 物业费",
                Instant.parse("2026-12-01T02:15:00Z")));

        assertThat(created.codeUrl()).startsWith("weixin://wxpay/bizpayurl?pr=");
        WechatPayStub.Received request = STUB.received().stream().filter(r -> r.body().contains(no)).findFirst().orElseThrow();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.pathAndQuery()).isEqualTo("/v3/pay/transactions/native");
        assertThat(request.authorization()).matches(AUTHORIZATION);
        assertThat(request.verified()).as("the signature over METHOD\\nURL\\ntimestamp\\nnonce\\nbody\\n verifies").isTrue();
        assertThat(request.body()).contains("\"appid\":\"" + WechatPayStub.APPID + "\"", "\"mchid\":\"1900000109\"",
                "\"amount\":{\"total\":31240,\"currency\":\"CNY\"}", "\"time_expire\":\"2026-12-01T10:15:00+08:00\"",
                "\"notify_url\":\"https://pay.example.test/api/v1/payments/notify/wechat-pay\"");
    }

    @Test
    void theRequestSignatureIsOverTheDocumentedMessage() {
        PrivateKeyHolder key = new PrivateKeyHolder();
        String authorization = WechatPayCrypto.authorization("1900000109", "SERIAL1", key.pair.getPrivate(), "GET",
                "/v3/pay/transactions/out-trade-no/PO1?mchid=1900000109", 1554208460L, "593BEC0C930BF1AFEB40B4A08C8FB242", null);

        assertThat(authorization).startsWith("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000109\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\"")
                .endsWith("\",timestamp=\"1554208460\",serial_no=\"SERIAL1\"");
        String signature = authorization.replaceAll(".*signature=\"([^\"]+)\".*", "$1");
        assertThat(WechatPayCrypto.verify(key.pair.getPublic(),
                "GET\n/v3/pay/transactions/out-trade-no/PO1?mchid=1900000109\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n",
                signature)).as("a GET signs an empty body line").isTrue();
    }

    static final class PrivateKeyHolder {
        final java.security.KeyPair pair = rsa();

        static java.security.KeyPair rsa() {
            try {
                java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aCorrectlySignedNotificationIsVerifiedAndDecrypted() {
        String no = paidOrder();
        WechatPayStub.Notification notification = STUB.notification(no);

        PaymentProvider.Notice notice = provider.verify(notification.headers(), notification.bytes());

        assertThat(notice.eventType()).isEqualTo("TRANSACTION.SUCCESS");
        assertThat(notice.transaction().outTradeNo()).isEqualTo(no);
        assertThat(notice.transaction().state()).isEqualTo(TradeState.PAID);
        assertThat(notice.transaction().amountFen()).isEqualTo(12345);
        assertThat(notice.transaction().transactionId()).isNotBlank();
        assertThat(notice.transaction().paidAt()).isNotNull();
    }

    @Test
    void aNotificationSignedByAnotherKeyIsRefused() {
        String no = paidOrder();
        WechatPayStub.Notification forged = STUB.signedByAnotherKey(no);
        assertRefused(forged.headers(), forged.bytes(), "bad-signature");
    }

    @Test
    void aNotificationNamingAnotherSerialIsRefused() {
        String no = paidOrder();
        WechatPayStub.Notification other = STUB.ofAnotherSerial(no);
        assertRefused(other.headers(), other.bytes(), "unknown-serial");
    }

    @Test
    void aNotificationWithATamperedResourceIsRefused() {
        String no = paidOrder();
        WechatPayStub.Notification tampered = STUB.tampered(no);
        assertRefused(tampered.headers(), tampered.bytes(), "undecryptable-resource");
    }

    @Test
    void aStaleNotificationIsRefused() {
        String no = paidOrder();
        WechatPayStub.Notification stale = STUB.stale(no);
        assertRefused(stale.headers(), stale.bytes(), "stale-timestamp");
    }

    @Test
    void aNotificationChangedAfterSigningIsRefused() {
        String no = paidOrder();
        WechatPayStub.Notification notification = STUB.notification(no);
        byte[] changed = notification.body().replace("支付成功", "支付成功 ").getBytes(StandardCharsets.UTF_8);
        assertRefused(notification.headers(), changed, "bad-signature");

        Map<String, String> unsigned = new HashMap<>(notification.headers());
        unsigned.remove("wechatpay-signature");
        assertRefused(unsigned, notification.bytes(), "missing-signature");
    }

    @Test
    void aQueryReadsTheOrderAndAClosedOrderStaysUnpaid() {
        String paid = paidOrder();
        assertThat(provider.query(paid)).hasValueSatisfying(transaction -> {
            assertThat(transaction.state()).isEqualTo(TradeState.PAID);
            assertThat(transaction.amountFen()).isEqualTo(12345);
        });
        assertThat(STUB.received()).filteredOn(r -> r.pathAndQuery().equals("/v3/pay/transactions/out-trade-no/" + paid
                + "?mchid=1900000109")).singleElement().satisfies(r -> assertThat(r.verified()).isTrue());

        String unpaid = orderNo();
        provider.create(new PaymentProvider.OrderRequest(unpaid, 100, "物业费", Instant.now().plusSeconds(900)));
        assertThat(provider.query(unpaid)).hasValueSatisfying(t -> assertThat(t.state()).isEqualTo(TradeState.NOT_PAID));
        provider.close(unpaid);
        assertThat(provider.query(unpaid)).hasValueSatisfying(t -> assertThat(t.state()).isEqualTo(TradeState.CLOSED));

        assertThat(provider.query(orderNo())).as("an order WeChat Pay never had").isEmpty();
    }

    @Test
    void anAnswerNotSignedByThePlatformIsNotBelieved() {
        String paid = paidOrder();
        STUB.forgeResponses = true;
        try {
            assertThatThrownBy(() -> provider.query(paid)).isInstanceOf(PaymentProvider.ProviderUnavailable.class)
                    .hasMessageContaining("bad-signature");
        } finally {
            STUB.forgeResponses = false;
        }
    }

    @Test
    void theConfigurationNeedsAPlatformKey() {
        WechatPayProperties none = new WechatPayProperties(true, WechatPayStub.MCHID, WechatPayStub.APPID,
                WechatPayStub.MERCHANT_SERIAL, STUB.merchantKeyPath(), STUB.apiV3Key, List.of(), null, null,
                URI.create(STUB.baseUrl()), URI.create("https://pay.example.test/n"), Duration.ofSeconds(5));
        assertThatThrownBy(() -> new WechatPayProvider(none, PAYMENTS, CLOCK, JsonMapper.builder().build()))
                .hasMessageContaining("platform-certificates");
        WechatPayProperties missingKey = new WechatPayProperties(true, WechatPayStub.MCHID, WechatPayStub.APPID,
                WechatPayStub.MERCHANT_SERIAL, Path.of("/nonexistent/apiclient_key.pem"), STUB.apiV3Key,
                List.of(STUB.platformCertificatePath()), null, null, URI.create(STUB.baseUrl()),
                URI.create("https://pay.example.test/n"), Duration.ofSeconds(5));
        assertThatThrownBy(() -> new WechatPayProvider(missingKey, PAYMENTS, CLOCK, JsonMapper.builder().build()))
                .hasMessageContaining("/nonexistent/apiclient_key.pem");
    }

    private String paidOrder() {
        String no = orderNo();
        provider.create(new PaymentProvider.OrderRequest(no, 12345, "物业费", Instant.now().plusSeconds(900)));
        STUB.pay(no);
        return no;
    }

    private void assertRefused(Map<String, String> headers, byte[] body, String code) {
        assertThatThrownBy(() -> provider.verify(headers, body)).isInstanceOfSatisfying(NotAuthentic.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
