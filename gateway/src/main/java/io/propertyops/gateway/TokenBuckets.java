package io.propertyops.gateway;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key (a user, a client, an address): {@code burst} calls at once, refilled at
 * {@code perSecond}. Kept in this gateway replica's memory, so with several replicas each allows its share;
 * idle buckets are dropped so the map stays as large as the set of active callers.
 */
final class TokenBuckets {

    private final double perSecond;
    private final int burst;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int burst, Clock clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /** Zero when the call may go ahead, otherwise how many seconds until it could. */
    long take(String key) {
        long now = clock.millis();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > 60_000);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(now, perSecond, burst);
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized long take(long now, double perSecond, int burst) {
            tokens = Math.min(burst, tokens + (now - updatedAt) / 1000.0 * perSecond);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized long idleSince(long now) {
            return now - updatedAt;
        }
    }
}
