package io.propertyops.security.token.application;

import io.propertyops.security.account.application.InMemoryAccounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.login.application.AccountPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenClaimsTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final TokenClaims tokenClaims = new TokenClaims(accounts);

    @Test
    void refreshAfterTheAccountWasDisabledIsRefused() {
        Account owner = owner();
        accounts.addIfAbsent(owner);
        owner.deactivate("admin-1", "left the company", java.time.Instant.EPOCH);

        assertThatThrownBy(() -> tokenClaims.customize(refreshOf(owner)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getErrorCode()).isEqualTo("invalid_grant"));
    }

    @Test
    void refreshCarriesTheAccountAsItIsNowNotAsItWasAtLogin() {
        Account atLogin = owner();
        Account now = Account.register(atLogin.id(), new AccountProfile(atLogin.username(), "张伟", null, null,
                Set.of(Role.OWNER), List.of("c1"), List.of("u1", "u2"), List.of()), "{noop}x", java.time.Instant.EPOCH);
        accounts.addIfAbsent(now);
        JwtEncodingContext refresh = refreshOf(atLogin);

        tokenClaims.customize(refresh);

        assertThat(refresh.getClaims().build().<List<String>>getClaim("unit_ids")).containsExactly("u1", "u2");
    }

    private static Account owner() {
        return Account.register("p1", new AccountProfile("13800000001", "张伟", null, null,
                Set.of(Role.OWNER), List.of("c1"), List.of("u1"), List.of()), "{noop}x", java.time.Instant.EPOCH);
    }

    private static JwtEncodingContext refreshOf(Account account) {
        AccountPrincipal principal = new AccountPrincipal(account);
        return JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), JwtClaimsSet.builder().subject(account.username()))
                .registeredClient(RegisteredClient.withId("app").clientId("propertyops-app")
                        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("http://127.0.0.1:8765/callback").build())
                .principal(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()))
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                .build();
    }
}
