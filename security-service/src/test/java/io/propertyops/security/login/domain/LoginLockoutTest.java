package io.propertyops.security.login.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutTest {

    static final Instant LAST_FAILURE = Instant.parse("2026-11-23T08:00:00Z");
    final LoginLockout lockout = LoginLockout.DEFAULT;

    @Test
    void fourFailuresInARowLockNothing() {
        assertThat(lockout.lockedUntil(4, LAST_FAILURE)).isNull();
    }

    @Test
    void theFifthLocksForAMinuteAndEachFurtherFailureDoublesIt() {
        assertThat(lockout.lockedUntil(5, LAST_FAILURE)).isEqualTo(LAST_FAILURE.plus(Duration.ofMinutes(1)));
        assertThat(lockout.lockedUntil(6, LAST_FAILURE)).isEqualTo(LAST_FAILURE.plus(Duration.ofMinutes(2)));
        assertThat(lockout.lockedUntil(8, LAST_FAILURE)).isEqualTo(LAST_FAILURE.plus(Duration.ofMinutes(8)));
    }

    @Test
    void noLockIsLongerThanAnHour() {
        assertThat(lockout.lockedUntil(12, LAST_FAILURE)).isEqualTo(LAST_FAILURE.plus(Duration.ofHours(1)));
        assertThat(lockout.lockedUntil(500, LAST_FAILURE)).isEqualTo(LAST_FAILURE.plus(Duration.ofHours(1)));
    }
}
