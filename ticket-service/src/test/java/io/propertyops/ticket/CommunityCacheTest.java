package io.propertyops.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CommunityCacheTest {

    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger reads = new AtomicInteger();
    final CommunityCache<String> cache = new CommunityCache<>(community -> community + "#" + reads.incrementAndGet(),
            CommunityCache.EXPIRY, nanos::get);

    @Test
    void readsACommunityOnceUntilItExpires() {
        assertThat(cache.get("c1")).isEqualTo("c1#1");
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("c1")).isEqualTo("c1#1");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("c1")).as("another replica's change is seen after the expiry").isEqualTo("c1#2");
        assertThat(cache.get("c2")).isEqualTo("c2#3");
    }

    @Test
    void whatThisReplicaStoredIsInForceAtOnce() {
        cache.get("c1");
        cache.put("c1", "edited");
        assertThat(cache.get("c1")).isEqualTo("edited");
        assertThat(reads).hasValue(1);
    }
}
