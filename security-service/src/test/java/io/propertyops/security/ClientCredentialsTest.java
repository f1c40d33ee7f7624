package io.propertyops.security;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCredentialsTest extends SecurityServiceTest {

    @Test
    void integrationClientGetsATokenWithTheIntegrationRoleItsScopesAndCommunities() throws Exception {
        HttpResponse<String> response = requestToken(INTEGRATION_CLIENT, INTEGRATION_SECRET, "tickets.read tickets.write");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.has("refresh_token")).isFalse();
        JWTClaimsSet claims = SignedTokens.verifiedClaims(body.path("access_token").asString(), server());
        assertThat(claims.getSubject()).isEqualTo(INTEGRATION_CLIENT);
        assertThat(claims.getStringListClaim("roles")).containsExactly("INTEGRATION");
        assertThat(claims.getStringListClaim("community_ids")).containsExactly(COMMUNITY);
        assertThat(claims.getStringListClaim("scope")).containsExactlyInAnyOrder("tickets.read", "tickets.write");
        assertThat(claims.getClaim("unit_ids")).isNull();
    }

    @Test
    void wrongSecretIsAnswered401() throws Exception {
        HttpResponse<String> response = requestToken(INTEGRATION_CLIENT, "not-the-secret", "tickets.read");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client");
    }

    @Test
    void publicClientCannotUseClientCredentials() throws Exception {
        HttpResponse<String> response = post("grant_type=client_credentials&client_id=" + APP, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void scopesBeyondTheRegisteredOnesAreRefused() throws Exception {
        HttpResponse<String> response = requestToken(INTEGRATION_CLIENT, INTEGRATION_SECRET, "billing.write");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_scope");
    }

    private static HttpResponse<String> requestToken(String clientId, String secret, String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        return post("grant_type=client_credentials&scope=" + encode(scope), "Basic " + basic);
    }

    private static HttpResponse<String> post(String form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
