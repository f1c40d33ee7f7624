package io.propertyops.gateway;

import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    static final Map<String, String> seen = new ConcurrentHashMap<>();
    static final StubService ticketService = StubService.answering("{\"items\":[]}", exchange -> {
        exchange.getRequestHeaders().forEach((name, values) -> seen.put(name.toLowerCase(), values.getFirst()));
        return 200;
    });
    static final int deadPort = freePort();

    @Value("${local.server.port}")
    int port;
    @Value("${local.management.port}")
    int managementPort;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("TICKET_SERVICE_URL", ticketService::url);
        registry.add("NOTIFICATION_SERVICE_URL", () -> "http://127.0.0.1:" + deadPort);
        registry.add("BILLING_SERVICE_URL", () -> "http://127.0.0.1:" + deadPort);
        StubService.trustTestTokens(registry);
    }

    @AfterAll
    static void stop() {
        ticketService.close();
    }

    TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    @Test
    void forwardsAnAuthenticatedCallWithItsTokenTraceContextAndForwardedHost() {
        String token = TestTokens.owner("owner-1", "c1", "u1").token();
        var response = http().get("/api/v1/me/tickets", token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"items\":[]}");
        assertThat(seen.get("authorization")).isEqualTo("Bearer " + token);
        assertThat(seen.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(seen.get("x-forwarded-host")).isEqualTo("localhost:" + port);
    }

    @Test
    void routesSlaPoliciesToTheTicketService() {
        String token = TestTokens.staff("pm-1", "PROPERTY_MANAGER", "c1").token();
        var response = http().get("/api/v1/sla-policies/c1", token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(seen.get("authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void stopsApiCallsWithoutAValidTokenBeforeTheyReachAService() {
        seen.clear();
        for (String token : new String[]{null, TestTokens.owner("o", "c1").expired().token(),
                TestTokens.owner("o", "c1").signedByForeignKey().token(), "not-a-jwt"}) {
            var response = http().get("/api/v1/me/tickets", token);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.<String>json("$.code")).isEqualTo("unauthorized");
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNotANotFound() {
        var response = http().get("/api/v1/me/notifications", TestTokens.owner("o", "c1").token());
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo("service-unavailable");
    }

    @Test
    void routesTheDispatchRosterToTicketService() {
        var response = http().get("/api/v1/roster?communityId=c1", TestTokens.staff("cs-1", "CUSTOMER_SERVICE", "c1").token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"items\":[]}");
    }

    @Test
    void routesTicketReportsToTheTicketService() {
        seen.clear();
        var response = http().get("/api/v1/ticket-reports/kpis?communityId=c1", TestTokens.staff("pm-1", "PROPERTY_MANAGER", "c1").token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(seen).containsKey("authorization");
    }

    @Test
    void routesMessageTemplatesToTheNotificationService() {
        // notification-service is down in this test: a routed call is a 503, an unrouted one a 404
        var response = http().get("/api/v1/message-templates", TestTokens.staff("admin-1", "ADMIN", "c1").token());

        assertThat(response.status()).as(response.toString()).isEqualTo(503);
    }

    @Test
    void routesFeeItemsBillRunsAndBillsToTheBillingService() {
        // billing-service is down in this test: a routed call is a 503, an unrouted one a 404
        String token = TestTokens.staff("fin-1", "FINANCE", "c1").token();
        for (String path : new String[] {"/api/v1/fee-items?communityId=c1", "/api/v1/fee-items/f1/standards",
                "/api/v1/bill-runs?communityId=c1", "/api/v1/bill-runs/r1", "/api/v1/bills?communityId=c1", "/api/v1/bills/b1"}) {
            assertThat(http().get(path, token).status()).as(path).isEqualTo(503);
        }
    }

    @Test
    void aMaliciousOrMalformedPathIsABadRequestProblemAndNeverForwarded() {
        String token = TestTokens.staff("cs-1", "CUSTOMER_SERVICE", "c1").token();
        seen.clear();
        for (String id : new String[] {".%2e", "..%2F..%2Fetc", "%5C", "a;jsessionid=1", "%00", "%C0%AF", "%FF", "%E2%82"}) {
            var response = http().get("/api/v1/tickets/" + id + "/subtasks", token);

            assertThat(response.status()).as(id + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).as(id).startsWith("application/problem+json");
            assertThat(response.<String>json("$.type")).isEqualTo("https://propertyops.io/problems/bad-request");
        }
        for (String query : new String[] {"communityId=%FF", "page=%C0%AF&size=1", "%FF=1"}) {
            var response = http().get("/api/v1/roster?" + query, token);

            assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(seen).isEmpty();
        assertThat(http().get("/api/v1/tickets/%E5%8E%A8?text=%E5%8E%A8+x", token).status())
                .as("escaped UTF-8 characters are fine").isEqualTo(200);
    }

    @Test
    void aPathNoRouteKnowsIsANotFoundProblem() {
        var response = http().get("/api/v1/nothing-here", TestTokens.owner("o", "c1").token());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void servesHealthAndMetricsOnItsManagementPortWithoutAToken() {
        TestHttp management = TestHttp.at("http://localhost:" + managementPort);
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(management.get("/actuator/health", null).<String>json("$.status")).isEqualTo("UP");
        assertThat(management.get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void answersEveryManagementPathOnThePublicPortWithANotFoundProblemWhoeverAsks() {
        String[] callers = {null, TestTokens.owner("o", "c1").token(), TestTokens.staff("admin", "ADMIN", "c1").token()};
        for (String path : new String[]{"/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/prometheus",
                "/actuator/env", "/actuator/gateway/routes", "/actuator/info", "/actuator/heapdump"}) {
            for (String token : callers) {
                var response = http().get(path, token);
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(response.contentType()).as(path).startsWith("application/problem+json");
                assertThat(response.<String>json("$.code")).as(path).isEqualTo("not-found");
            }
        }
    }

    @Test
    void servesSwaggerUiWithoutAToken() {
        var ui = http().get("/swagger-ui.html", null);
        assertThat(ui.status()).isIn(200, 302);
        var config = http().get("/v3/api-docs/swagger-config", null);
        assertThat(config.body()).contains("/openapi/ticket-service").contains("/openapi/notification-service");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
