package io.propertyops.security.token.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a superseded signing key may leave the key set: once every token it signed has expired, plus a margin (other
 * replicas go on signing with it for up to a minute after a rotation, and clocks differ a little).
 *
 * @param keptAfterSuperseded from the moment a key stops signing until it is retired
 */
public record KeyRetirement(Duration keptAfterSuperseded) {

    /** Spring Authorization Server gives every ID token 30 minutes, whatever the access-token lifetime. */
    static final Duration ID_TOKEN_TTL = Duration.ofMinutes(30);

    /** For tokens that live {@code accessTokenTtl} (ID tokens 30 minutes), kept {@code margin} beyond the longest. */
    public static KeyRetirement forTokens(Duration accessTokenTtl, Duration margin) {
        Duration longestToken = accessTokenTtl.compareTo(ID_TOKEN_TTL) > 0 ? accessTokenTtl : ID_TOKEN_TTL;
        return new KeyRetirement(longestToken.plus(margin));
    }

    /** Keys superseded before this instant are retired now. */
    public Instant supersededBefore(Instant now) {
        return now.minus(keptAfterSuperseded);
    }
}
