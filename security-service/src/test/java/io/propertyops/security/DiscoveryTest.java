package io.propertyops.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryTest extends SecurityServiceTest {

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void openIdConfigurationAdvertisesTheConfiguredIssuerAndItsEndpoints() throws Exception {
        JsonNode configuration = getJson("/.well-known/openid-configuration");

        assertThat(configuration.path("issuer").asString()).isEqualTo(issuer());
        assertThat(configuration.path("authorization_endpoint").asString()).isEqualTo(issuer() + "/oauth2/authorize");
        assertThat(configuration.path("token_endpoint").asString()).isEqualTo(issuer() + "/oauth2/token");
        assertThat(configuration.path("jwks_uri").asString()).isEqualTo(issuer() + "/oauth2/jwks");
        assertThat(configuration.path("revocation_endpoint").asString()).isEqualTo(issuer() + "/oauth2/revoke");
        assertThat(configuration.path("end_session_endpoint").asString()).isEqualTo(issuer() + "/connect/logout");
        assertThat(configuration.path("code_challenge_methods_supported").values()).extracting(JsonNode::asString).contains("S256");
    }

    @Test
    void configuredIssuerWinsOverForwardedHeaders() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server() + "/.well-known/openid-configuration"))
                    .header("X-Forwarded-Host", "somewhere-else.example.com").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(JsonMapper.builder().build().readTree(response.body()).path("issuer").asString()).isEqualTo(issuer());
        }
    }

    @Test
    void healthAndMetricsNeedNoTokenOnTheManagementPort() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/prometheus"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
            HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(server() + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theApplicationPortServesNoManagementEndpoint() throws Exception {
        assertThat(managementPort).isNotEqualTo(server().getPort());
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator/env"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isIn(302, 401, 404);
                assertThat(response.body()).as(path).doesNotContain("jvm_memory_used_bytes").doesNotContain("\"status\":\"UP\"");
            }
        }
    }

    private static JsonNode getJson(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.body());
        }
    }
}
