package io.propertyops.facility.round;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.propertyops.events.Topics;
import io.propertyops.events.facility.RoundCompleted;
import io.propertyops.events.facility.RoundPointMissed;
import io.propertyops.facility.PlanFixtures;
import io.propertyops.facility.PlansAndRoundsTest;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance (issue 15): a missed point alerts the supervisor within one watch tick of its window's end — not before
 * it, and not at a nightly sweep. The watch ticks every 0.2 s here (15 s by default).
 */
@PlansAndRoundsTest
class MissedPointAlertsTheSupervisorWithinOneWatchTickTest {

    static final Instant START = Instant.parse("2027-03-01T00:00:00Z");

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    @AfterAll
    static void realTokens() {
        TestTokens.useClock(Clock.systemUTC());
    }

    @Test
    void aPointNotCheckedByTheEndOfItsWindowAlertsTheRoundsSupervisorAtOnce() {
        clock.set(START);
        TestTokens.useClock(clock);
        String community = "community-" + UUID.randomUUID();
        String supervisorId = "sup-" + UUID.randomUUID();
        // tokens are minted on the moved clock, when they are used
        Supplier<String> supervisor = () -> TestTokens.staff(supervisorId, "SUPERVISOR", community).token();
        Supplier<String> inspector = () -> TestTokens.staff("tech-wang", "TECHNICIAN", community).token();
        String routeId = PlanFixtures.created(http, "/api/v1/inspection-routes", supervisor.get(),
                PlanFixtures.plantRoomRoute(community, "equipment-pump-7", "PT1H"));
        // two points: the pump from 00:00 to 00:30, the tank from 00:30 to 01:00
        String roundId = PlanFixtures.created(http, "/api/v1/rounds", inspector.get(), """
                {"routeId": "%s", "windowStart": "%s", "supervisorId": "%s"}""".formatted(routeId, START, supervisorId));
        Instant pumpWindowEnd = START.plus(Duration.ofMinutes(30));

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            clock.set(pumpWindowEnd.minusMillis(1));
            awaitWatchTicks(2);
            var before = http.get("/api/v1/rounds/" + roundId, supervisor.get());
            assertThat(before.status()).as(before.toString()).isEqualTo(200);
            assertThat(before.<String>json("$.pointStates[0].state")).as("not before the end").isEqualTo("DUE");
            assertThat(before.<Object>json("$.pointStates[0].missedAt")).isNull();

            clock.set(pumpWindowEnd);
            long setAt = System.nanoTime();
            RoundPointMissed missed = tap.awaitOne(RoundPointMissed.class, e -> e.aggregateId().equals(roundId));
            Duration took = Duration.ofNanos(System.nanoTime() - setAt);

            assertThat(missed.supervisorId()).isEqualTo(supervisorId);
            assertThat(missed.pointId()).isEqualTo("point-pump");
            assertThat(missed.pointName()).isEqualTo("7号生活水泵");
            assertThat(missed.locationName()).isEqualTo("3号楼 水泵房");
            assertThat(missed.routeName()).isEqualTo("3号楼 设备房日检");
            assertThat(missed.communityId()).isEqualTo(community);
            assertThat(missed.assigneeIds()).containsExactly("tech-wang");
            assertThat(missed.windowEnd()).isEqualTo(pumpWindowEnd);
            assertThat(missed.occurredAt()).as("found at the first tick at the window's end").isEqualTo(pumpWindowEnd);
            assertThat(took).as("a tick and the outbox, not a sweep").isLessThan(Duration.ofSeconds(5));

            var after = http.get("/api/v1/rounds?communityId=" + community + "&date=2027-03-01", supervisor.get());
            assertThat(after.<List<String>>json("$[0].pointStates[*].state")).containsExactly("MISSED", "DUE");
            assertThat(after.<Boolean>json("$[0].late")).isTrue();
            assertThat(after.<String>json("$[0].state")).isEqualTo("IN_PROGRESS");

            // the tank is checked on time; the pump, checked now, is late
            var tank = http.post("/api/v1/rounds/" + roundId + "/points/point-tank/check-in", inspector.get(), """
                    {"tag": "QR-TANK-3", "answers": [{"itemId": "clean", "passed": true}]}""");
            assertThat(tank.status()).as(tank.toString()).isEqualTo(200);
            assertThat(tank.<String>json("$.point.outcome")).isEqualTo("ON_TIME");
            var pump = http.post("/api/v1/rounds/" + roundId + "/points/point-pump/check-in", inspector.get(), """
                    {"tag": "QR-PUMP-7", "position": {"latitude": 30.2741, "longitude": 120.1551},
                     "answers": [{"itemId": "outlet-pressure", "value": 0.4}]}""");
            assertThat(pump.<String>json("$.point.outcome")).isEqualTo("LATE");
            assertThat(pump.<String>json("$.round.status")).isEqualTo("COMPLETED");
            RoundCompleted completed = tap.awaitOne(RoundCompleted.class, e -> e.aggregateId().equals(roundId));
            assertThat(completed.onTime()).isEqualTo(1);
            assertThat(completed.late()).isEqualTo(1);
            assertThat(completed.missed()).isZero();
            assertThat(completed.score()).isEqualTo(50);
            assertThat(tap.matching(RoundPointMissed.class, e -> e.aggregateId().equals(roundId))).as("announced once")
                    .hasSize(1);
        }
    }

    /** Waits until the watch has ticked {@code count} more times. */
    void awaitWatchTicks(int count) {
        Timer ticks = meters.get("propertyops.facility.rounds.watch").timer();
        long before = ticks.count();
        await().atMost(Duration.ofSeconds(10)).until(() -> ticks.count() >= before + count);
    }
}
