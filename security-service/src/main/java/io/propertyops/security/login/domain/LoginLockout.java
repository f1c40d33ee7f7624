package io.propertyops.security.login.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated wrong passwords lock a username: after {@code threshold} failures in a row, for
 * {@code firstLock}, doubling with every further failure up to {@code longestLock}. A success clears it.
 * Plain rules, so they can be read and tested on their own.
 */
public record LoginLockout(int threshold, Duration firstLock, Duration longestLock) {

    public static final LoginLockout DEFAULT = new LoginLockout(5, Duration.ofMinutes(1), Duration.ofHours(1));

    /** Until when a username with this many failures in a row is locked, or null when it is not. */
    public Instant lockedUntil(int consecutiveFailures, Instant lastFailure) {
        if (consecutiveFailures < threshold) {
            return null;
        }
        int doublings = Math.min(consecutiveFailures - threshold, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lastFailure.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    }
}
