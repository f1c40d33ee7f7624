package io.propertyops.security.login.application;

import io.propertyops.security.login.domain.LoginLockout;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;

/**
 * Consecutive failed logins per username and whether they lock it now. Unknown usernames are counted too, so a
 * lock says nothing about whether an account exists.
 */
@Component
public class LoginAttempts {

    private final FailedLogins failures;
    private final Clock clock;
    private final LoginLockout lockout = LoginLockout.DEFAULT;

    LoginAttempts(FailedLogins failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        return failures.of(key(username))
                .map(streak -> lockout.lockedUntil(streak.failures(), streak.lastFailure()))
                .filter(until -> clock.instant().isBefore(until))
                .isPresent();
    }

    public void failed(String username) {
        failures.add(key(username), clock.instant());
    }

    public void succeeded(String username) {
        failures.clear(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
