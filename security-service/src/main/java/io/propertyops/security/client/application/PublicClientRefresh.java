package io.propertyops.security.client.application;

import io.propertyops.security.sms.application.SmsCodeGrant;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Map;

/**
 * Lets a public client (the app, the portal) use its refresh token or the SMS-code grant, and revoke its tokens
 * (RFC 7009, e.g. at sign-out): it sends {@code client_id} and no secret.
 * Spring Authorization Server authenticates public clients only by PKCE on the code exchange, so without this
 * a refresh or a revocation by a public client is answered {@code invalid_client}. The token itself is the
 * credential; it is bound to the client it was issued to (a revocation by another client is refused), and a
 * refresh token is replaced on every use.
 */
public final class PublicClientRefresh {

    private static final String MARKER = "propertyops.public-client-refresh";
    private static final String REVOCATION = "revocation";

    private PublicClientRefresh() {
    }

    public static AuthenticationConverter converter(AuthorizationServerSettings settings) {
        RequestMatcher revocationEndpoint = PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, settings.getTokenRevocationEndpoint());
        return request -> convert(request, revocationEndpoint.matches(request));
    }

    public static AuthenticationProvider provider(RegisteredClientRepository clients) {
        return new Provider(clients);
    }

    private static Authentication convert(HttpServletRequest request, boolean revocation) {
        String grantType = request.getParameter(OAuth2ParameterNames.GRANT_TYPE);
        if (!"POST".equals(request.getMethod())
                || !(revocation || AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(grantType) || SmsCodeGrant.GRANT_TYPE.equals(grantType))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
            return null;
        }
        String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
        if (clientIds == null) {
            return null;
        }
        if (clientIds.length != 1 || clientIds[0].isBlank()) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
        }
        return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null,
                Map.of(MARKER, revocation ? REVOCATION : grantType));
    }

    private record Provider(RegisteredClientRepository clients) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
            if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
                    || !(request.getAdditionalParameters().get(MARKER) instanceof String purpose)) {
                return null; // not a public-client refresh or revocation: the default providers decide
            }
            RegisteredClient client = clients.findByClientId(String.valueOf(request.getPrincipal()));
            if (client == null
                    || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
                    || !(REVOCATION.equals(purpose) || client.getAuthorizationGrantTypes().contains(new AuthorizationGrantType(purpose)))) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
            }
            return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
