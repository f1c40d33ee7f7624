package io.propertyops.security.token.application;

import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.Role;
import io.propertyops.security.client.application.IntegrationClients;
import io.propertyops.security.login.application.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What PropertyOps tokens say, for every service to enforce its own rules:
 * <ul>
 *   <li>a person's tokens: {@code sub} = the account id (never the username), {@code roles} (e.g. {@code ["OWNER"]}),
 *       {@code community_ids}, {@code unit_ids} (owners' and residents' units), {@code name}, {@code preferred_username};</li>
 *   <li>an integration's client-credentials token: {@code sub} = the client id, {@code roles} = {@code ["INTEGRATION"]},
 *       the client's {@code community_ids}, and the granted {@code scope}.</li>
 * </ul>
 * The account is read afresh for every token, so a refresh picks up changed roles or units, and a disabled
 * account gets no new tokens.
 */
@Component
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String COMMUNITY_IDS = "community_ids";
    static final String UNIT_IDS = "unit_ids";

    private final Accounts accounts;

    TokenClaims(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            describeIntegration(context.getClaims(), context.getRegisteredClient());
            return;
        }
        Authentication principal = context.getPrincipal();
        if (principal != null && principal.getPrincipal() instanceof AccountPrincipal person) {
            describePerson(context.getClaims(), currentAccount(person.accountId()));
        }
    }

    private Account currentAccount(String accountId) {
        return accounts.withId(accountId)
                .filter(Account::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "The account is disabled or no longer exists.", null)));
    }

    private static void describePerson(JwtClaimsSet.Builder claims, Account account) {
        AccountProfile profile = account.profile();
        claims.subject(account.id())
                .claim(ROLES, profile.roles().stream().sorted().map(Role::name).toList())
                .claim(COMMUNITY_IDS, profile.communityIds())
                .claim(UNIT_IDS, profile.unitIds())
                .claim("preferred_username", profile.username());
        if (profile.displayName() != null) {
            claims.claim("name", profile.displayName());
        }
    }

    private static void describeIntegration(JwtClaimsSet.Builder claims, RegisteredClient client) {
        claims.subject(client.getClientId())
                .claim(ROLES, List.of(IntegrationClients.ROLE))
                .claim(COMMUNITY_IDS, IntegrationClients.communityIds(client));
    }
}
