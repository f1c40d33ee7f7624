package io.propertyops.starter.security;

import io.propertyops.http.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.util.Optional;

/** Verifies each token string once, then answers it from {@link VerifiedTokens} until its {@code exp}. */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokens verified;

    public CachingJwtDecoder(JwtDecoder delegate, Clock clock, int maximumSize) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(clock, maximumSize);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Optional<Jwt> cached = verified.get(token);
        if (cached.isPresent()) {
            return cached.get();
        }
        Jwt jwt = delegate.decode(token);
        verified.keep(token, jwt);
        return jwt;
    }

    /** The tokens kept now, after pending evictions. */
    long size() {
        return verified.size();
    }
}
