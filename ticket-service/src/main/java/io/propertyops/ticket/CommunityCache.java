package io.propertyops.ticket;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Settings read per community on every request (SLA policies, category trees), kept in memory. A change made through
 * this replica replaces its entry at once; a change made through another replica is seen here when the entry
 * expires, {@link #EXPIRY} after it was read. Entries are counted in elapsed time, not the injected Clock that tests
 * move by days: how fresh a cache is is not a domain decision.
 */
public final class CommunityCache<T> {

    /** How long another replica's change may go unseen here. */
    public static final Duration EXPIRY = Duration.ofSeconds(30);

    private record Entry<T>(T value, long readAt) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final Function<String, T> load;
    private final long expiryNanos;
    private final LongSupplier ticker;

    public CommunityCache(Function<String, T> load) {
        this(load, EXPIRY, System::nanoTime);
    }

    CommunityCache(Function<String, T> load, Duration expiry, LongSupplier ticker) {
        this.load = load;
        this.expiryNanos = expiry.toNanos();
        this.ticker = ticker;
    }

    public T get(String communityId) {
        long now = ticker.getAsLong();
        Entry<T> entry = entries.get(communityId);
        if (entry == null || now - entry.readAt() >= expiryNanos) {
            entry = new Entry<>(load.apply(communityId), now);
            entries.put(communityId, entry);
        }
        return entry.value();
    }

    /** What this replica just stored, in force here from now on. */
    public void put(String communityId, T value) {
        entries.put(communityId, new Entry<>(value, ticker.getAsLong()));
    }
}
