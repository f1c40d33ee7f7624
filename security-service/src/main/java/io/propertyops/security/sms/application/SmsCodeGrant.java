package io.propertyops.security.sms.application;

import io.propertyops.security.account.domain.Account;
import io.propertyops.security.login.application.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.AuthenticationConverter;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The phone + SMS code grant at the token endpoint: {@code grant_type=}{@value #GRANT_TYPE}, {@code phone},
 * {@code code}, {@code client_id} (a first-party public client) and optionally {@code scope}. It answers like
 * any other grant: an access token and, for clients that use them, a refresh token.
 */
public final class SmsCodeGrant {

    public static final String GRANT_TYPE = "urn:propertyops:params:oauth:grant-type:sms-code";
    public static final AuthorizationGrantType TYPE = new AuthorizationGrantType(GRANT_TYPE);

    private SmsCodeGrant() {
    }

    /** The grant as presented: the phone and the code, on behalf of the authenticated client. */
    static final class Request extends OAuth2AuthorizationGrantAuthenticationToken {
        private final String phone;
        private final String code;
        private final Set<String> scopes;

        Request(Authentication client, String phone, String code, Set<String> scopes) {
            super(TYPE, client, Map.of());
            this.phone = phone;
            this.code = code;
            this.scopes = Set.copyOf(scopes);
        }
    }

    public static AuthenticationConverter converter() {
        return SmsCodeGrant::convert;
    }

    private static Authentication convert(HttpServletRequest request) {
        if (!GRANT_TYPE.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
            return null;
        }
        String phone = request.getParameter("phone");
        String code = request.getParameter("code");
        if (phone == null || !phone.matches("1[0-9]{10}") || code == null || !code.matches("[0-9]{6}")) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                    "phone (11 digits) and code (6 digits) are required", null));
        }
        String scope = request.getParameter(OAuth2ParameterNames.SCOPE);
        Set<String> scopes = scope == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        return new Request(SecurityContextHolder.getContext().getAuthentication(), phone, code, scopes);
    }

    public static AuthenticationProvider provider(SmsCodes codes, OAuth2AuthorizationService authorizations,
                                                  OAuth2TokenGenerator<? extends OAuth2Token> tokens) {
        return new Provider(codes, authorizations, tokens);
    }

    private record Provider(SmsCodes codes, OAuth2AuthorizationService authorizations,
                            OAuth2TokenGenerator<? extends OAuth2Token> tokens) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            Request request = (Request) authentication;
            if (!(request.getPrincipal() instanceof OAuth2ClientAuthenticationToken clientToken)
                    || !clientToken.isAuthenticated() || clientToken.getRegisteredClient() == null) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
            }
            RegisteredClient client = clientToken.getRegisteredClient();
            if (!client.getAuthorizationGrantTypes().contains(TYPE)) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
            }
            Set<String> scopes = request.scopes.isEmpty() ? Set.of() : request.scopes;
            if (!client.getScopes().containsAll(scopes)) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_SCOPE);
            }
            Account account = codes.redeem(request.phone, request.code)
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                            "The code is wrong, used or expired; request a new one", null)));
            AccountPrincipal person = new AccountPrincipal(account);
            Authentication principal = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());

            DefaultOAuth2TokenContext.Builder context = DefaultOAuth2TokenContext.builder()
                    .registeredClient(client)
                    .principal(principal)
                    .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                    .authorizedScopes(scopes)
                    .authorizationGrantType(TYPE)
                    .authorizationGrant(request);
            OAuth2Token generated = tokens.generate(context.tokenType(OAuth2TokenType.ACCESS_TOKEN).build());
            if (generated == null) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.SERVER_ERROR);
            }
            OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                    generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);
            OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(client)
                    .principalName(person.getUsername())
                    .authorizationGrantType(TYPE)
                    .authorizedScopes(scopes)
                    .attribute(Principal.class.getName(), principal);
            if (generated instanceof ClaimAccessor claims) {
                authorization.token(accessToken, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims()));
            } else {
                authorization.accessToken(accessToken);
            }
            OAuth2RefreshToken refreshToken = null;
            if (client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)
                    && tokens.generate(context.tokenType(OAuth2TokenType.REFRESH_TOKEN).build()) instanceof OAuth2RefreshToken refresh) {
                refreshToken = refresh;
                authorization.refreshToken(refreshToken);
            }
            authorizations.save(authorization.build());
            return new OAuth2AccessTokenAuthenticationToken(client, clientToken, accessToken, refreshToken);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return Request.class.isAssignableFrom(authentication);
        }
    }
}
