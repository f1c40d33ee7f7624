package io.propertyops.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every PropertyOps service must offer from day one, whatever its domain: health with a working
 * MongoDB check and Prometheus metrics on the management port (and not on the application port), its OpenAPI
 * document, and problem responses for missing tokens and unknown paths. A service's test extends this and is annotated {@link ServiceTest}.
 */
public abstract class PlatformConformance {

    @Value("${local.server.port}")
    protected int port;

    @Value("${local.management.port}")
    protected int managementPort;

    @Value("${spring.application.name}")
    protected String application;

    protected TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    /** Health and metrics, on their own port: a deployment never exposes it through the gateway. */
    protected TestHttp management() {
        return TestHttp.at("http://localhost:" + managementPort);
    }

    @Test
    void reportsHealthIncludingMongoDb() {
        var health = management().get("/actuator/health", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.<String>json("$.status")).isEqualTo("UP");
        assertThat(health.<String>json("$.components.mongo.status")).isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetrics() {
        var metrics = management().get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("application=\"" + application + "\"");
    }

    @Test
    void servesNoManagementEndpointOnItsApplicationPort() {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[]{"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info"}) {
            assertThat(http().get(path, null).status()).as(path).isIn(401, 404);
            assertThat(http().get(path, TestTokens.staff("someone", "ADMIN", "c1").token()).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void publishesItsOpenApiDocumentWithTheBearerScheme() {
        var docs = http().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<String>json("$.openapi")).startsWith("3.");
        assertThat(docs.<String>json("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
    }

    @Test
    void itsOpenApiDocumentPassesTheStandardLintersRecommendedRules() {
        var docs = http().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);

        assertThat(OpenApiLint.problems(docs.body())).as("Redocly CLI, recommended rules (tools/openapi-lint)").isEmpty();
    }

    @Test
    void refusesApiCallsWithoutATokenWithAProblem() {
        var response = http().get("/api/v1/anything", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo("unauthorized");
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        var response = http().get("/api/v1/no-such-thing", TestTokens.staff("someone", "ADMIN", "c1").token());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo("not-found");
    }
}
