package io.propertyops.ticket;

import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deactivated person gets no new tokens from security-service; the ones already issued stop working
 * when they expire, at most 15 minutes later — judged by the service's own clock.
 */
@ServiceTest
@MovableClock
class TokenLifetimeTest {

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;

    @Test
    void anIssuedTokenStopsWorkingWhenItsFifteenMinutesAreOver() {
        String token = TestTokens.owner("owner-lifetime", "c1", "u1").token();
        assertThat(http.get("/api/v1/me/tickets", token).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(14));
        assertThat(http.get("/api/v1/me/tickets", token).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        var expired = http.get("/api/v1/me/tickets", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.<String>json("$.code")).isEqualTo("unauthorized");
    }
}
