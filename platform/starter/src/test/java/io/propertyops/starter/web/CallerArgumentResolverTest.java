package io.propertyops.starter.web;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallerArgumentResolverTest {

    static Jwt.Builder integrationClient() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("crm-connector")
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60))
                .claim("roles", List.of("INTEGRATION")).claim("community_ids", List.of("c1"));
    }

    @Test
    void readsTheScopesAsTheAuthorizationServerIssuesThem() {
        Caller caller = CallerArgumentResolver.fromJwt(integrationClient().claim("scope", List.of("tickets.read", "tickets.write")).build());

        assertThat(caller.scopes()).containsExactlyInAnyOrder("tickets.read", "tickets.write");
        assertThat(caller.hasScope("tickets.write")).isTrue();
        assertThat(caller.hasRole("INTEGRATION")).isTrue();
    }

    @Test
    void readsASpaceSeparatedScopeString() {
        Caller caller = CallerArgumentResolver.fromJwt(integrationClient().claim("scope", "tickets.read  billing.read").build());

        assertThat(caller.scopes()).containsExactlyInAnyOrder("tickets.read", "billing.read");
    }

    @Test
    void aTokenWithoutScopesHasNone() {
        assertThat(CallerArgumentResolver.fromJwt(integrationClient().build()).scopes()).isEmpty();
    }
}
