package io.propertyops.security.token;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a superseded signing key stays published.
 *
 * @param retirementMargin kept beyond the lifetime of the last token the key signed: other replicas go on signing
 *                         with it for up to a minute after a rotation, and clocks differ a little
 */
@ConfigurationProperties("propertyops.identity.signing-keys")
public record SigningKeyProperties(@DefaultValue("5m") Duration retirementMargin) {

    /** Spring Authorization Server gives every ID token 30 minutes, whatever the access-token lifetime. */
    static final Duration ID_TOKEN_TTL = Duration.ofMinutes(30);

    /** From the moment a key stops signing until the last token it signed has expired, plus the margin. */
    Duration keptAfterSuperseded(Duration accessTokenTtl) {
        Duration longestToken = accessTokenTtl.compareTo(ID_TOKEN_TTL) > 0 ? accessTokenTtl : ID_TOKEN_TTL;
        return longestToken.plus(retirementMargin);
    }
}
