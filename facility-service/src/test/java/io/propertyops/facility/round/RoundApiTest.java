package io.propertyops.facility.round;

import io.propertyops.facility.PlanFixtures;
import io.propertyops.facility.PlansAndRoundsTest;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PlansAndRoundsTest
class RoundApiTest {

    static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;

    String community;
    String supervisor;
    String inspector;
    String routeId;

    @BeforeEach
    void route() {
        clock.set(NOW);
        TestTokens.useClock(clock);
        community = "community-" + UUID.randomUUID();
        supervisor = TestTokens.staff("sup-li", "SUPERVISOR", community).token();
        inspector = TestTokens.staff("tech-wang", "TECHNICIAN", community).token();
        routeId = PlanFixtures.created(http, "/api/v1/inspection-routes", supervisor,
                PlanFixtures.plantRoomRoute(community, "equipment-pump-7", "PT1H"));
    }

    @AfterAll
    static void realTokens() {
        TestTokens.useClock(Clock.systemUTC());
    }

    @Test
    void supervisorsDefineRoutesWhoseTagsOnlyTheySee() {
        var read = http.get("/api/v1/inspection-routes/" + routeId, supervisor);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.<List<String>>json("$.points[*].tag")).containsExactly("QR-PUMP-7", "QR-TANK-3");
        assertThat(read.<String>json("$.window")).isEqualTo("PT1H");
        assertThat(http.get("/api/v1/inspection-routes/" + routeId, inspector).<List<String>>json("$.points[*].tag"))
                .containsOnlyNulls();
        assertThat(http.get("/api/v1/inspection-routes?communityId=" + community, inspector)
                .<List<String>>json("$[*].id")).containsExactly(routeId);

        String renamed = PlanFixtures.plantRoomRoute(community, "equipment-pump-7", "PT2H").replace("3号楼 设备房日检", "3号楼 设备房巡检");
        var updated = PlanFixtures.put(http, "/api/v1/inspection-routes/" + routeId, supervisor, renamed, "\"1\"");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(PlanFixtures.put(http, "/api/v1/inspection-routes/" + routeId, supervisor, renamed, "\"1\"").status())
                .isEqualTo(412);

        var sameTag = http.post("/api/v1/inspection-routes", supervisor,
                PlanFixtures.plantRoomRoute(community, "equipment-pump-7", "PT1H").replace("QR-TANK-3", "QR-PUMP-7"));
        assertThat(sameTag.status()).isEqualTo(422);
        assertThat(sameTag.<String>json("$.code")).isEqualTo("invalid-route");
        assertThat(http.post("/api/v1/inspection-routes", inspector,
                PlanFixtures.plantRoomRoute(community, "equipment-pump-7", "PT1H")).status()).isEqualTo(403);
    }

    @Test
    void anInspectorWalksARoundStartedByHandPointByPointWithProof() {
        var started = http.post("/api/v1/rounds", inspector, """
                {"routeId": "%s", "supervisorId": "sup-li"}""".formatted(routeId), "Idempotency-Key", "walk-1");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String roundId = started.json("$.id");
        assertThat(started.<List<String>>json("$.assigneeIds")).containsExactly("tech-wang");
        assertThat(started.<String>json("$.windowStart")).isEqualTo(NOW.toString());
        assertThat(started.<String>json("$.pointStates[1].windowStart")).isEqualTo(NOW.plusSeconds(1800).toString());
        assertThat(started.body()).as("no tag in a round").doesNotContain("QR-PUMP-7");
        assertThat(http.post("/api/v1/rounds", inspector, "{\"routeId\": \"%s\"}".formatted(routeId),
                "Idempotency-Key", "walk-1").<String>json("$.id")).isEqualTo(roundId);

        String pump = "/api/v1/rounds/" + roundId + "/points/point-pump/check-in";
        var wrongTag = http.post(pump, inspector, """
                {"tag": "QR-TANK-3", "answers": [{"itemId": "outlet-pressure", "value": 0.4}]}""");
        assertThat(wrongTag.status()).isEqualTo(422);
        assertThat(wrongTag.<String>json("$.code")).isEqualTo("tag-mismatch");
        var unanswered = http.post(pump, inspector, "{\"tag\": \"QR-PUMP-7\", \"answers\": []}");
        assertThat(unanswered.<String>json("$.code")).isEqualTo("invalid-answer");
        String other = TestTokens.staff("tech-zhao", "TECHNICIAN", community).token();
        assertThat(http.post(pump, other, """
                {"tag": "QR-PUMP-7", "answers": [{"itemId": "outlet-pressure", "value": 0.4}]}""").status()).isEqualTo(403);
        assertThat(http.post("/api/v1/rounds/" + roundId + "/points/point-nowhere/check-in", inspector, """
                {"tag": "QR-PUMP-7", "answers": []}""").status()).isEqualTo(404);

        // about 110 m away from the pump room: recorded, and flagged
        var far = http.post(pump, inspector, """
                {"tag": "QR-PUMP-7", "position": {"latitude": 30.2751, "longitude": 120.1551},
                 "answers": [{"itemId": "outlet-pressure", "value": 0.4}]}""");
        assertThat(far.status()).as(far.toString()).isEqualTo(200);
        assertThat(far.<String>json("$.point.positionFlag")).isEqualTo("OUT_OF_RANGE");
        assertThat(far.<String>json("$.point.outcome")).isEqualTo("ON_TIME");
        assertThat(far.<List<String>>json("$.findingIds")).isEmpty();
        assertThat(far.<String>json("$.round.state")).isEqualTo("IN_PROGRESS");

        // the supervisor checks the tank for the inspector: early, as its window opens at 30 minutes
        var tank = http.post("/api/v1/rounds/" + roundId + "/points/point-tank/check-in", supervisor, """
                {"tag": "QR-TANK-3", "answers": [{"itemId": "clean", "passed": true}]}""");
        assertThat(tank.<String>json("$.point.outcome")).isEqualTo("EARLY");
        assertThat(tank.<String>json("$.round.status")).isEqualTo("COMPLETED");
        assertThat(tank.<Integer>json("$.round.score")).isEqualTo(100);

        assertThat(http.get("/api/v1/me/rounds", inspector).<List<String>>json("$[*].id")).containsExactly(roundId);
        assertThat(http.get("/api/v1/me/rounds", supervisor).<List<String>>json("$[*].id")).containsExactly(roundId);
        assertThat(http.get("/api/v1/me/rounds?date=2027-03-02", inspector).<List<String>>json("$[*].id")).isEmpty();
        var board = http.get("/api/v1/rounds?communityId=" + community + "&date=2027-03-01", supervisor);
        assertThat(board.<List<String>>json("$[*].state")).containsExactly("COMPLETED");
        assertThat(board.<Integer>json("$[0].points.EARLY")).isEqualTo(1);
        assertThat(board.<Integer>json("$[0].points.ON_TIME")).isEqualTo(1);
        assertThat(http.get("/api/v1/rounds?communityId=community-elsewhere&date=2027-03-01", supervisor).status())
                .isEqualTo(404);
    }
}
