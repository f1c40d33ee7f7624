package io.propertyops.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens that passed verification (signature, issuer, lifetime), kept until their {@code exp}, so the next request
 * with the same token costs a map look-up instead of an RSA verification. An entry is never returned at or after
 * {@code exp} by the injected clock, so a deactivated person's token still stops working when it expires; a token
 * without {@code exp} is never kept. At most {@code maximumSize} tokens are kept. The servlet decoder of the starter
 * and the reactive one of the gateway both keep theirs here.
 */
public final class VerifiedTokens {

    /** Tokens kept per process: about 3 KB each, so some 30 MB at most. */
    public static final int DEFAULT_MAXIMUM_SIZE = 10_000;

    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(Clock clock, int maximumSize) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifeLeft(jwt)))
                .build();
    }

    /** The verified token, while it has life left. */
    public Optional<Jwt> get(String token) {
        Jwt cached = verified.getIfPresent(token);
        return cached != null && clock.instant().isBefore(cached.getExpiresAt()) ? Optional.of(cached) : Optional.empty();
    }

    /** Keeps a token its verifier accepted, unless it has no life left. */
    public void keep(String token, Jwt jwt) {
        if (!lifeLeft(jwt).isZero()) {
            verified.put(token, jwt);
        }
    }

    /** The tokens kept now, after pending evictions. */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private Duration lifeLeft(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Instant now = clock.instant();
        return expiresAt == null || !now.isBefore(expiresAt) ? Duration.ZERO : Duration.between(now, expiresAt);
    }
}
