package io.propertyops.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "propertyops.gateway.rate-limit.per-second=0.01",
        "propertyops.gateway.rate-limit.burst=3",
        "propertyops.gateway.rate-limit.anonymous-per-second=0.01",
        "propertyops.gateway.rate-limit.anonymous-burst=2",
        "propertyops.gateway.circuit.minimum-calls=3",
        "propertyops.gateway.circuit.window=5",
        "propertyops.gateway.circuit.open-for=60s",
        "propertyops.gateway.max-body-size=1KB",
        "propertyops.gateway.portal-origins=http://portal.test"})
class GatewayProtectionTest {

    static final AtomicInteger billingCalls = new AtomicInteger();
    static final AtomicLong photoBytesForwarded = new AtomicLong();
    static final StubService stub = StubService.answering("{}", exchange -> {
        if (exchange.getRequestURI().getPath().endsWith("/photos")) {
            try {
                photoBytesForwarded.set(exchange.getRequestBody().transferTo(OutputStream.nullOutputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean billing = exchange.getRequestURI().getPath().startsWith("/api/v1/bills");
        if (billing) {
            billingCalls.incrementAndGet();
        }
        return billing ? 500 : 200;
    });

    @Value("${local.server.port}")
    int port;
    @Autowired
    CircuitBreakerRegistry circuits;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("TICKET_SERVICE_URL", stub::url);
        registry.add("BILLING_SERVICE_URL", stub::url);
        registry.add("SECURITY_SERVICE_URL", stub::url);
        StubService.trustTestTokens(registry);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    static String someone() {
        return TestTokens.owner("owner-" + UUID.randomUUID(), "c1", "u1").token();
    }

    @Test
    void eachCallerIsHeldToTheirRateAndOthersAreUnaffected() {
        String greedy = someone();
        for (int i = 0; i < 3; i++) {
            assertThat(http().get("/api/v1/me/tickets", greedy).status()).isEqualTo(200);
        }
        var limited = http().get("/api/v1/me/tickets", greedy);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.<String>json("$.code")).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(http().get("/api/v1/me/tickets", someone()).status()).isEqualTo(200);
    }

    @Test
    void passwordGuessingFromOneAddressIsStopped() {
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            int status = http().send(http().request("/login", null)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=13800138001&password=guess" + i))).status();
            if (status == 429) {
                refused++;
            } else {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(2);
        assertThat(refused).isEqualTo(3);
    }

    @Test
    void aFailingServiceTripsItsCircuitAndIsThenAnsweredWithoutBeingCalled() {
        for (int i = 0; i < 3; i++) {
            assertThat(http().get("/api/v1/bills/b1", someone()).status()).isEqualTo(500);
        }
        assertThat(circuits.circuitBreaker("billing-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsBefore = billingCalls.get();

        var fast = http().get("/api/v1/bills/b1", someone());

        assertThat(fast.status()).isEqualTo(503);
        assertThat(fast.<String>json("$.code")).isEqualTo("service-unavailable");
        assertThat(fast.header("Retry-After")).isNotBlank();
        assertThat(billingCalls.get()).isEqualTo(callsBefore);
        assertThat(circuits.circuitBreaker("ticket-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsForwarded() {
        var response = http().post("/api/v1/tickets", someone(), "{\"title\":\"" + "x".repeat(2000) + "\"}");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.<String>json("$.code")).isEqualTo("payload-too-large");
    }

    @Test
    void aPhotoUploadMayCarryTenMegabytesWhileOtherPathsKeepTheirLimit() {
        byte[] photo = new byte[5 * 1024 * 1024];
        var upload = http().send(http().request("/api/v1/tickets/t1/photos", someone())
                .header("Content-Type", "image/jpeg").POST(HttpRequest.BodyPublishers.ofByteArray(photo)));

        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        assertThat(photoBytesForwarded.get()).isEqualTo(photo.length);

        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        var refusedPhoto = http().send(http().request("/api/v1/tickets/t1/photos", someone())
                .header("Content-Type", "image/jpeg").POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));
        assertThat(refusedPhoto.status()).isEqualTo(413);

        String json = "{\"text\":\"" + "x".repeat(300 * 1024) + "\"}";
        for (String path : new String[] {"/api/v1/tickets", "/api/v1/tickets/t1/comments", "/api/v1/tickets/t1/photos/p1"}) {
            var refused = http().post(path, someone(), json);
            assertThat(refused.status()).as(path).isEqualTo(413);
            assertThat(refused.<String>json("$.code")).isEqualTo("payload-too-large");
        }
    }

    @Test
    void onlyThePortalsOriginMayCallTheApiFromABrowser() {
        var portal = http().send(http().request("/api/v1/me/tickets", null)
                .header("Origin", "http://portal.test").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.header("Access-Control-Allow-Origin")).isEqualTo("http://portal.test");

        var elsewhere = http().send(http().request("/api/v1/me/tickets", null)
                .header("Origin", "http://evil.test").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void answersCarrySecurityHeaders() {
        var response = http().get("/api/v1/me/tickets", someone());
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
