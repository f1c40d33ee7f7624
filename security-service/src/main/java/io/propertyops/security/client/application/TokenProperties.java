package io.propertyops.security.client.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Token lifetimes.
 *
 * @param accessTokenTtl  how long an access token is accepted; short, because a JWT cannot be recalled
 * @param refreshTokenTtl how long a refresh token may be used; each use replaces it with a new one
 */
@ConfigurationProperties("propertyops.identity.tokens")
public record TokenProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl) {
}
