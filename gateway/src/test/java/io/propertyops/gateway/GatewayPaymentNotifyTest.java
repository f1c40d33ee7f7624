package io.propertyops.gateway;

import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment provider posts its notifications without a token (it signs them; billing-service checks the signature):
 * the gateway lets exactly that through, with the signature's headers, and nothing else of payments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayPaymentNotifyTest {

    static final Map<String, String> seen = new ConcurrentHashMap<>();
    static final StubService billingService = StubService.answering("{\"code\":\"SUCCESS\",\"message\":\"成功\"}", exchange -> {
        seen.put("path", exchange.getRequestURI().getPath());
        exchange.getRequestHeaders().forEach((name, values) -> seen.put(name.toLowerCase(), values.getFirst()));
        return 200;
    });

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("BILLING_SERVICE_URL", billingService::url);
        StubService.trustTestTokens(registry);
    }

    @AfterAll
    static void stop() {
        billingService.close();
    }

    TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    @Test
    void forwardsASignedNotificationWithoutATokenWithItsSignatureHeaders() {
        seen.clear();
        var response = http().post("/api/v1/payments/notify/wechat-pay", null, "{\"id\":\"EV-1\"}",
                "Wechatpay-Timestamp", "1795397400", "Wechatpay-Nonce", "fdasfl", "Wechatpay-Signature", "c2lnbmF0dXJl",
                "Wechatpay-Serial", "5157F09EFDC096DE15EBE81A47057A7232F1B8E1");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(seen.get("path")).isEqualTo("/api/v1/payments/notify/wechat-pay");
        assertThat(seen.get("wechatpay-signature")).isEqualTo("c2lnbmF0dXJl");
        assertThat(seen.get("wechatpay-serial")).isEqualTo("5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
        assertThat(seen).doesNotContainKey("authorization");
    }

    @Test
    void letsNothingElseOfPaymentsThroughWithoutAToken() {
        seen.clear();
        for (String path : new String[]{"/api/v1/payments/notify", "/api/v1/payments/notify/wechat-pay/more",
                "/api/v1/payments/sandbox/PO1/pay", "/api/v1/me/payments", "/api/v1/desk-payments"}) {
            var response = http().post(path, null, "{}");
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(http().get("/api/v1/payments/notify/wechat-pay", null).status()).as("GET of the notify path").isEqualTo(401);
        assertThat(seen).isEmpty();
    }
}
