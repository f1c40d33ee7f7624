package io.propertyops.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Verifies each token string once: a token that passed Boot's decoder (signature, issuer, lifetime) is kept until
 * its {@code exp}, so the next request with it costs a map look-up instead of an RSA verification. An entry is
 * never used at or after {@code exp}, so a deactivated person's token still stops working when it expires; a token
 * without {@code exp} is never kept. The services' servlet twin is the starter's {@code CachingJwtDecoder}.
 */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    /** Tokens kept: about 3 KB each, so some 30 MB at most. */
    static final int DEFAULT_MAXIMUM_SIZE = 10_000;

    private final ReactiveJwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, Clock clock, int maximumSize) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifeLeft(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt cached = verified.getIfPresent(token);
        if (cached != null && clock.instant().isBefore(cached.getExpiresAt())) {
            return Mono.just(cached);
        }
        return delegate.decode(token).doOnNext(jwt -> {
            if (!lifeLeft(jwt).isZero()) {
                verified.put(token, jwt);
            }
        });
    }

    /** The tokens kept now, after pending evictions. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private Duration lifeLeft(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Instant now = clock.instant();
        return expiresAt == null || !now.isBefore(expiresAt) ? Duration.ZERO : Duration.between(now, expiresAt);
    }
}
