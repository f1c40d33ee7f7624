package io.propertyops.security.token.application;

import io.propertyops.security.token.domain.SigningKey;
import io.propertyops.security.token.domain.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The signing keys as this replica currently knows them. Re-read from the store at most a minute after the
 * last read, so a rotation done on one replica reaches the others within a minute; a superseded key stays
 * published until every token it signed has expired, and each re-read retires the keys past that.
 */
public class KeyRing {

    public static final Duration REFRESH = Duration.ofMinutes(1);

    private final SigningKeyStore store;
    private final Clock clock;
    private volatile SigningKeys keys;
    private volatile Instant readAt;

    public KeyRing(SigningKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        refresh();
    }

    public SigningKeys current() {
        if (clock.instant().isAfter(readAt.plus(REFRESH))) {
            refresh();
        }
        return keys;
    }

    /** Makes a new key the signing one; the previous keys stay published for the tokens they signed. */
    public SigningKey rotate() {
        SigningKey next = store.rotate();
        refresh();
        return next;
    }

    private synchronized void refresh() {
        store.retire();
        keys = new SigningKeys(store.keys());
        readAt = clock.instant();
    }
}
