package io.propertyops.security.client;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
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
import io.propertyops.security.sms.SmsCodeGrant;
import org.springframework.security.web.authentication.AuthenticationConverter;

import java.util.Map;

/**
 * Lets a public client (the app, the portal) use its refresh token, or the SMS-code grant: it sends
 * {@code client_id} and no secret.
 * Spring Authorization Server authenticates public clients only by PKCE on the code exchange, so without this
 * a refresh by a public client is answered {@code invalid_client}. The refresh token itself is the credential;
 * it is bound to the client it was issued to and replaced on every use.
 */
public final class PublicClientRefresh {

    private static final String MARKER = "propertyops.public-client-refresh";

    private PublicClientRefresh() {
    }

    public static AuthenticationConverter converter() {
        return PublicClientRefresh::convert;
    }

    public static AuthenticationProvider provider(RegisteredClientRepository clients) {
        return new Provider(clients);
    }

    private static Authentication convert(HttpServletRequest request) {
        String grantType = request.getParameter(OAuth2ParameterNames.GRANT_TYPE);
        if (!"POST".equals(request.getMethod())
                || !(AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(grantType) || SmsCodeGrant.GRANT_TYPE.equals(grantType))
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
        return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, Map.of(MARKER, grantType));
    }

    private record Provider(RegisteredClientRepository clients) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
            if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
                    || !(request.getAdditionalParameters().get(MARKER) instanceof String grantType)) {
                return null; // not a public-client refresh: the default providers decide
            }
            RegisteredClient client = clients.findByClientId(String.valueOf(request.getPrincipal()));
            if (client == null
                    || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
                    || !client.getAuthorizationGrantTypes().contains(new AuthorizationGrantType(grantType))) {
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
