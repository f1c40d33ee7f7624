package io.propertyops.starter.security;

import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTest {

    final MutableClock clock = new MutableClock(Instant.now());
    final AtomicInteger verifications = new AtomicInteger();
    final JwtDecoder verifying = verifyingDecoder();
    final CachingJwtDecoder decoder = new CachingJwtDecoder(verifying, clock, 100);
    final String token = TestTokens.owner("owner-1", "c1", "u1").token();   // lives 15 minutes

    @Test
    void verifiesTheSignatureOfATokenOnlyOnItsFirstUse() {
        decoder.decode(token);
        clock.advance(Duration.ofMinutes(14));
        var again = decoder.decode(token);

        assertThat(again.getSubject()).isEqualTo("owner-1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void refusesAnExpiredTokenThatWasCached() {
        decoder.decode(token);

        clock.advance(Duration.ofMinutes(15).plusSeconds(31));           // past its exp and the 30 s skew

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverAnswersFromTheCacheAtOrAfterTheTokensExpiry() {
        decoder.decode(token);

        clock.advance(Duration.ofMinutes(15));

        decoder.decode(token);   // still within the delegate's clock skew: it decides, not the cache
        assertThat(verifications).hasValue(2);
    }

    @Test
    void refusesATamperedTokenEvenWhenTheGenuineOneIsCached() {
        decoder.decode(token);

        String tampered = withSubject(token, "owner-2");

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void keepsAtMostItsMaximumNumberOfTokens() {
        CachingJwtDecoder small = new CachingJwtDecoder(verifying, clock, 10);

        for (int i = 0; i < 50; i++) {
            small.decode(TestTokens.owner("owner-" + i, "c1").token());
        }

        assertThat(small.size()).isLessThanOrEqualTo(10);
        assertThat(verifications).hasValue(50);
    }

    private JwtDecoder verifyingDecoder() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(TestTokens.jwkSetUri()).build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ofSeconds(30));
        lifetime.setClock(clock);
        nimbus.setJwtValidator(lifetime);
        return token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    /** The same header and signature over claims with another subject. */
    static String withSubject(String token, String subject) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"[^\"]*\"", "\"sub\":\"" + subject + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
