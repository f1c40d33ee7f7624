package io.propertyops.security.client.application;

import io.propertyops.security.sms.application.SmsCodeGrant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.util.ArrayList;
import java.util.List;

import java.util.UUID;

@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    /** The owners' mobile app. */
    static final String APP = "propertyops-app";
    /** The staff web portal. */
    static final String PORTAL = "propertyops-portal";

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientProperties clients, TokenSettings tokenSettings,
                                                          ObjectProvider<ClientRegistrations> otherRegistrations) {
        List<RegisteredClient> registered = new ArrayList<>();
        registered.add(publicClient(APP, clients.app(), tokenSettings, true));
        registered.add(publicClient(PORTAL, clients.portal(), tokenSettings, false));
        otherRegistrations.orderedStream().forEach(registrations -> registered.addAll(registrations.registrations()));
        return new InMemoryRegisteredClientRepository(registered);
    }

    /** Access tokens live 15 minutes; refresh tokens are replaced on every use. */
    @Bean
    TokenSettings tokenSettings(TokenProperties tokens) {
        return TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(tokens.accessTokenTtl())
                .refreshTokenTimeToLive(tokens.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .build();
    }

    /** A client that cannot keep a secret: it proves itself with PKCE instead. */
    private static RegisteredClient publicClient(String clientId, ClientProperties.PublicClient settings, TokenSettings tokenSettings,
                                                 boolean smsLogin) {
        // the registration id is derived from the client id so it is the same on every replica and after restarts
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .authorizationGrantTypes(grants -> {
                    if (smsLogin) {
                        grants.add(SmsCodeGrant.TYPE);
                    }
                })
                .redirectUris(uris -> uris.addAll(settings.redirectUris()))
                // signing out (RP-initiated logout) may send the browser back to where a sign-in may land
                .postLogoutRedirectUris(uris -> uris.addAll(settings.redirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings)
                .build();
    }
}
