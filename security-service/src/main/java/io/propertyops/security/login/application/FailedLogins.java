package io.propertyops.security.login.application;

import java.time.Instant;
import java.util.Optional;

/** Consecutive failed logins per username, kept where every replica sees the same count. */
public interface FailedLogins {

    /** The failures in a row and when the last one was. */
    record Streak(int failures, Instant lastFailure) {
    }

    /** The username's current streak; empty when its last login succeeded or it never failed. */
    Optional<Streak> of(String username);

    void add(String username, Instant at);

    void clear(String username);
}
