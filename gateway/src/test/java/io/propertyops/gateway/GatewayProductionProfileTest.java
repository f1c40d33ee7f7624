package io.propertyops.gateway;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The production profile records one trace in ten, and still passes on the caller's trace context and decision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
class GatewayProductionProfileTest {

    static final AtomicReference<String> forwardedTraceparent = new AtomicReference<>();
    static final StubService ticketService = StubService.answering("{\"items\":[]}", exchange -> {
        forwardedTraceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
        return 200;
    });

    @Value("${local.server.port}")
    int port;
    @Autowired
    Sampler sampler;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("TICKET_SERVICE_URL", ticketService::url);
        StubService.trustTestTokens(registry);
    }

    @AfterAll
    static void stop() {
        ticketService.close();
    }

    @Test
    void samplesOneNewTraceInTenAndFollowsTheCallersDecision() {
        assertThat(sampler.getDescription()).startsWith("ParentBased{root:TraceIdRatioBased{0.100000}");
    }

    @Test
    void aSampledCallerKeepsItsTraceSampledDownstream() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        forward("00-" + traceId + "-00f067aa0ba902b7-01");

        assertThat(forwardedTraceparent.get()).matches("00-" + traceId + "-[0-9a-f]{16}-01");
    }

    @Test
    void anUnsampledCallerStillPassesItsTraceIdOn() throws Exception {
        String traceId = "0af7651916cd43dd8448eb211c80319c";

        forward("00-" + traceId + "-b7ad6b7169203331-00");

        assertThat(forwardedTraceparent.get()).matches("00-" + traceId + "-[0-9a-f]{16}-00");
    }

    private void forward(String traceparent) throws Exception {
        forwardedTraceparent.set(null);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/tickets"))
                    .header("Authorization", TestTokens.owner("owner-1", "c1", "u1").bearer())
                    .header("traceparent", traceparent)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }
}
