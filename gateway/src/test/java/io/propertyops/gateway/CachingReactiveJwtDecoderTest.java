package io.propertyops.gateway;

import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingReactiveJwtDecoderTest {

    final MutableClock clock = new MutableClock(Instant.now());
    final AtomicInteger verifications = new AtomicInteger();
    final ReactiveJwtDecoder verifying = verifyingDecoder();
    final CachingReactiveJwtDecoder decoder = new CachingReactiveJwtDecoder(verifying, clock, 100);
    final String token = TestTokens.owner("owner-1", "c1", "u1").token();   // lives 15 minutes

    @Test
    void verifiesTheSignatureOfATokenOnlyOnItsFirstUse() {

        decoder.decode(token).block();
        clock.advance(Duration.ofMinutes(14));
        var again = decoder.decode(token).block();

        assertThat(again.getSubject()).isEqualTo("owner-1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void refusesAnExpiredTokenThatWasCached() {
        decoder.decode(token).block();

        clock.advance(Duration.ofMinutes(15).plusSeconds(61));           // past its exp and Boot's 60 s skew

        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void refusesATamperedTokenEvenWhenTheGenuineOneIsCached() {
        decoder.decode(token).block();

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"[^\"]*\"", "\"sub\":\"owner-2\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> decoder.decode(tampered).block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(tampered).block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void keepsAtMostItsMaximumNumberOfTokens() {
        CachingReactiveJwtDecoder small = new CachingReactiveJwtDecoder(verifying, clock, 10);

        for (int i = 0; i < 50; i++) {
            small.decode(TestTokens.owner("owner-" + i, "c1").token()).block();
        }

        assertThat(small.size()).isLessThanOrEqualTo(10);
    }

    private ReactiveJwtDecoder verifyingDecoder() {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withJwkSetUri(TestTokens.jwkSetUri()).build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        nimbus.setJwtValidator(lifetime);
        return token -> Mono.defer(() -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        });
    }
}
