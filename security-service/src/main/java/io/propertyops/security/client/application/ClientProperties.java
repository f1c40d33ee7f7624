package io.propertyops.security.client.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The public clients: the owners' mobile app and the staff portal.
 */
@ConfigurationProperties("propertyops.identity.clients")
public record ClientProperties(@DefaultValue PublicClient app, @DefaultValue PublicClient portal) {

    /** @param redirectUris where the authorization endpoint may send a code back to (exact match) */
    public record PublicClient(@DefaultValue(DEFAULT_REDIRECT_URI) List<String> redirectUris) {
    }

    /** A loopback redirect for native apps (RFC 8252) and command-line scripts. */
    public static final String DEFAULT_REDIRECT_URI = "http://127.0.0.1:8765/callback";
}
