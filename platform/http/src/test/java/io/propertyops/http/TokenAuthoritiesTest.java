package io.propertyops.http;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenAuthoritiesTest {

    private static Jwt token(Object scope) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("p1").issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60)).claim("roles", List.of("OWNER", "TECHNICIAN"))
                .claim("scope", scope).build();
    }

    @Test
    void rolesAndScopesBecomeAuthoritiesWhetherTheScopeIsAListOrASpacedString() {
        assertThat(TokenAuthorities.of(token(List.of("tickets.read", "tickets.write"))).stream().map(GrantedAuthority::getAuthority))
                .containsExactly("ROLE_OWNER", "ROLE_TECHNICIAN", "SCOPE_tickets.read", "SCOPE_tickets.write");
        assertThat(TokenAuthorities.scopes(token(" tickets.read  tickets.write"))).containsExactly("tickets.read", "tickets.write");
    }

    @Test
    void aStatusWithoutItsOwnCodeIsAClientOrServerError() {
        assertThat(ProblemTypes.codeFor(404)).isEqualTo("not-found");
        assertThat(ProblemTypes.codeFor(418)).isEqualTo("client-error");
        assertThat(ProblemTypes.codeFor(500)).isEqualTo("server-error");
        assertThat(ProblemTypes.uri("not-found")).hasToString("https://propertyops.io/problems/not-found");
    }
}
