package io.propertyops.gateway;

import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A device gateway posts its batches without a token (it signs them; facility-service checks the signature): the
 * gateway lets exactly that through, and nothing beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayDeviceIntakeTest {

    static final Map<String, String> seen = new ConcurrentHashMap<>();
    static final StubService facilityService = StubService.answering("{\"batchId\":\"b-1\"}", exchange -> {
        seen.put("path", exchange.getRequestURI().getPath());
        exchange.getRequestHeaders().forEach((name, values) -> seen.put(name.toLowerCase(), values.getFirst()));
        return 200;
    });

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("FACILITY_SERVICE_URL", facilityService::url);
        StubService.trustTestTokens(registry);
    }

    @AfterAll
    static void stop() {
        facilityService.close();
    }

    TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    @Test
    void forwardsASignedDeviceBatchWithoutATokenWithItsSignatureHeaders() {
        seen.clear();
        var response = http().post("/api/v1/device-intake/gw-1/batches", null, "{\"batchId\":\"b-1\"}",
                "X-Device-Timestamp", "1795397400", "X-Device-Signature", "sha256=abc");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(seen.get("path")).isEqualTo("/api/v1/device-intake/gw-1/batches");
        assertThat(seen.get("x-device-timestamp")).isEqualTo("1795397400");
        assertThat(seen.get("x-device-signature")).isEqualTo("sha256=abc");
        assertThat(seen).doesNotContainKey("authorization");
    }

    @Test
    void letsNothingElseOfFacilityThroughWithoutAToken() {
        seen.clear();
        for (String path : new String[]{"/api/v1/device-gateways", "/api/v1/device-intake/gw-1",
                "/api/v1/device-intake/gw-1/batches/other", "/api/v1/meter-readings"}) {
            var response = http().post(path, null, "{}");
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        var read = http().get("/api/v1/device-intake/gw-1/batches", null);
        assertThat(read.status()).as("GET of the intake").isEqualTo(401);
        var traversal = http().send(http().request("/api/v1/device-intake/gw-1/batches/%2e%2e/%2e%2e/%2e%2e/device-gateways", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(traversal.status()).as("an encoded way out of the intake").isIn(400, 401);
        assertThat(seen).isEmpty();
    }
}
