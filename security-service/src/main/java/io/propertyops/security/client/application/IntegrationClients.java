package io.propertyops.security.client.application;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Integration clients: third parties that call the API with client-credentials tokens. Each is limited to
 * the communities it was registered for, which its tokens carry as {@code community_ids}.
 */
public final class IntegrationClients {

    /** The role an integration's tokens carry. */
    public static final String ROLE = "INTEGRATION";

    private static final String COMMUNITY_IDS_SETTING = "settings.client.propertyops.community-ids";

    private IntegrationClients() {
    }

    /**
     * @param secretHash the client secret, encoded with its {@code {id}} prefix
     */
    public static RegisteredClient integrationClient(String clientId, String secretHash, Collection<String> scopes,
                                                     List<String> communityIds, TokenSettings tokenSettings) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .clientId(clientId)
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(registered -> registered.addAll(scopes))
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .setting(COMMUNITY_IDS_SETTING, List.copyOf(communityIds))
                        .build())
                .tokenSettings(tokenSettings)
                .build();
    }

    public static List<String> communityIds(RegisteredClient client) {
        List<String> communityIds = client.getClientSettings().getSetting(COMMUNITY_IDS_SETTING);
        return communityIds == null ? List.of() : communityIds;
    }
}
