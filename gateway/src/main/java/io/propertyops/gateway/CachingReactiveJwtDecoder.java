package io.propertyops.gateway;

import io.propertyops.http.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.Optional;

/** Verifies each token string once with Boot's decoder, then answers it from {@link VerifiedTokens} until its {@code exp}. */
final class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokens verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, Clock clock, int maximumSize) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(clock, maximumSize);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Optional<Jwt> cached = verified.get(token);
        if (cached.isPresent()) {
            return Mono.just(cached.get());
        }
        return delegate.decode(token).doOnNext(jwt -> verified.keep(token, jwt));
    }

    /** The tokens kept now, after pending evictions. */
    long size() {
        return verified.size();
    }
}
