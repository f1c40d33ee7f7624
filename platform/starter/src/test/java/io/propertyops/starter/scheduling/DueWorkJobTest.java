package io.propertyops.starter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The due-work loop: what is due at the clock's instant, claimed, attempted and counted, item by item. */
class DueWorkJobTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    static MongoServer server;
    static MongoClient client;
    static MongoTemplate mongo;

    @BeforeAll
    static void store() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "due-work-test");
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    /** Items are names; "taken" ones lose their claim, "broken" ones throw, "late" ones are attempted without success. */
    static class Job extends DueWorkJob<String> {

        final List<String> items;
        final List<String> attempted = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final boolean goOnAfterFailure;
        Instant askedAt;
        int askedFor;

        Job(List<String> items, boolean goOnAfterFailure) {
            super("due-work-test", Duration.ofHours(1), Duration.ofMinutes(1), mongo, Clock.fixed(NOW, ZoneOffset.UTC), 3);
            this.items = items;
            this.goOnAfterFailure = goOnAfterFailure;
        }

        @Override
        protected List<String> due(Instant now, int limit) {
            askedAt = now;
            askedFor = limit;
            return items.stream().limit(limit).toList();
        }

        @Override
        protected boolean claim(String item, Instant now) {
            return !item.startsWith("taken");
        }

        @Override
        protected boolean attempt(String item, Instant now) {
            attempted.add(item);
            if (item.startsWith("broken")) {
                throw new IllegalStateException(item);
            }
            return !item.startsWith("late");
        }

        @Override
        protected void failed(String item, RuntimeException error) {
            if (!goOnAfterFailure) {
                super.failed(item, error);
            }
            failures.add(item);
        }
    }

    @Test
    void readsAtTheClocksInstantAtMostOneBatchAndCountsWhatWasDone() {
        Job job = new Job(List.of("a", "late-b", "c", "d"), false);

        assertThat(job.runDue()).isEqualTo(2);
        assertThat(job.askedAt).isEqualTo(NOW);
        assertThat(job.askedFor).isEqualTo(3);
        assertThat(job.attempted).containsExactly("a", "late-b", "c");
    }

    @Test
    void skipsWhatItCannotClaim() {
        Job job = new Job(List.of("taken-a", "b", "taken-c"), false);

        assertThat(job.runDue()).isEqualTo(1);
        assertThat(job.attempted).containsExactly("b");
    }

    @Test
    void aFailureEndsTheRunUnlessTheJobGoesOn() {
        Job strict = new Job(List.of("a", "broken-b", "c"), false);
        assertThatThrownBy(strict::runDue).isInstanceOf(IllegalStateException.class).hasMessage("broken-b");
        assertThat(strict.attempted).containsExactly("a", "broken-b");

        Job lenient = new Job(List.of("a", "broken-b", "c"), true);
        assertThat(lenient.runDue()).isEqualTo(2);
        assertThat(lenient.attempted).containsExactly("a", "broken-b", "c");
        assertThat(lenient.failures).containsExactly("broken-b");
    }

    @Test
    void aTickRunsTheLoopUnderTheLockAndSurvivesAFailedRun() {
        Job job = new Job(List.of("a", "broken-b", "c"), false);

        job.tick();

        assertThat(job.attempted).containsExactly("a", "broken-b");
        assertThat(mongo.getCollection("shedLock").countDocuments()).isOne();
        assertThat(Set.copyOf(mongo.getCollection("shedLock").distinct("_id", String.class).into(new ArrayList<>())))
                .containsExactly("due-work-test");
    }
}
