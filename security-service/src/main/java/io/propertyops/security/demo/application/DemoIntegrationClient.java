package io.propertyops.security.demo.application;

import io.propertyops.security.client.application.ClientRegistrations;
import io.propertyops.security.client.application.IntegrationClients;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code propertyops-integration-demo}: a client-credentials client for trying the API as a third party would,
 * registered only when its secret is configured.
 */
@Component
class DemoIntegrationClient implements ClientRegistrations {

    static final String CLIENT_ID = "propertyops-integration-demo";
    static final List<String> SCOPES = List.of("tickets.read", "tickets.write");

    private final List<RegisteredClient> registrations;

    DemoIntegrationClient(DemoProperties properties, DemoData data, PasswordEncoder passwords, TokenSettings tokenSettings) {
        if (properties.integrationClientSecret() == null) {
            this.registrations = List.of();
            return;
        }
        List<String> communityIds = !properties.integrationClientCommunityIds().isEmpty()
                ? properties.integrationClientCommunityIds()
                : data.estate().map(DemoEstate::communityIds).orElse(List.of());
        if (communityIds.isEmpty()) {
            throw new IllegalStateException("the demo integration client (propertyops.demo.integration-client-secret is set)"
                    + " needs communities to act in: set propertyops.demo.integration-client-community-ids"
                    + " or propertyops.demo.data-file");
        }
        this.registrations = List.of(IntegrationClients.integrationClient(CLIENT_ID,
                passwords.encode(properties.integrationClientSecret()), SCOPES, communityIds, tokenSettings));
    }

    @Override
    public List<RegisteredClient> registrations() {
        return registrations;
    }
}
