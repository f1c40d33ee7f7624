package io.propertyops.facility.round;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.FindingReported;
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
 * Acceptance (issue 15, facility's half): three abnormal answers about the same pump — its outlet pressure read low
 * on three daily rounds of an inspection plan — publish three FindingReported about that equipment and fault type,
 * each once; ticket-service makes one work order of them.
 */
@PlansAndRoundsTest
class ThreeAbnormalAnswersAboutOnePumpTest {

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    @AfterAll
    static void realTokens() {
        TestTokens.useClock(Clock.systemUTC());
    }

    @Test
    void threeLowPressureReadingsOnThreeRoundsReportThreeFindingsAboutThePump() {
        clock.set(Instant.parse("2027-03-01T00:00:00Z")); // 08:00 in Shanghai
        TestTokens.useClock(clock);
        String community = "community-" + UUID.randomUUID();
        String pump = "equipment-pump-" + UUID.randomUUID();
        Supplier<String> supervisor = () -> TestTokens.staff("sup-li", "SUPERVISOR", community).token();
        Supplier<String> inspector = () -> TestTokens.staff("tech-wang", "TECHNICIAN", community).token();
        String routeId = PlanFixtures.created(http, "/api/v1/inspection-routes", supervisor.get(),
                PlanFixtures.plantRoomRoute(community, pump, "PT1H"));
        // rounds of 1, 2 and 3 March are generated three days ahead, at the generator's next tick
        String planId = PlanFixtures.created(http, "/api/v1/plans", supervisor.get(),
                PlanFixtures.dailyInspectionPlan(community, routeId, "sup-li", "P3D", "2027-03-01"));
        List<String> rounds = List.of(planId + ":2027-03-01", planId + ":2027-03-02", planId + ":2027-03-03");
        await().atMost(Duration.ofSeconds(20)).until(() -> rounds.stream()
                .allMatch(id -> http.get("/api/v1/rounds/" + id, supervisor.get()).status() == 200));
        var mine = http.get("/api/v1/me/rounds", inspector.get());
        assertThat(mine.<List<String>>json("$[*].id")).containsExactly(rounds.getFirst());

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            for (String roundId : rounds) {
                var checkIn = http.post("/api/v1/rounds/" + roundId + "/points/point-pump/check-in", inspector.get(), """
                        {"tag": "QR-PUMP-7", "position": {"latitude": 30.2741, "longitude": 120.1551},
                         "photoIds": ["photo-gauge"], "answers": [{"itemId": "outlet-pressure", "value": 0.18}]}""");
                assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(200);
                assertThat(checkIn.<List<String>>json("$.findingIds"))
                        .containsExactly("round:" + roundId + ":point-pump:outlet-pressure");
                assertThat(checkIn.<Integer>json("$.point.abnormalAnswers")).isEqualTo(1);
            }
            // a retried check-in is refused and reports nothing again
            var again = http.post("/api/v1/rounds/" + rounds.getFirst() + "/points/point-pump/check-in", inspector.get(), """
                    {"tag": "QR-PUMP-7", "answers": [{"itemId": "outlet-pressure", "value": 0.18}]}""");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.<String>json("$.code")).isEqualTo("point-checked");

            for (String roundId : rounds) {
                FindingReported finding = tap.awaitOne(FindingReported.class,
                        e -> e.aggregateId().equals("round:" + roundId + ":point-pump:outlet-pressure"));
                assertThat(finding.source()).isEqualTo("INSPECTION");
                assertThat(finding.equipmentId()).isEqualTo(pump);
                assertThat(finding.faultType()).isEqualTo("pump.pressure-low");
                assertThat(finding.locationKind()).isEqualTo("COMMON_AREA");
                assertThat(finding.locationId()).isEqualTo("area-pump-room-3");
                assertThat(finding.locationName()).isEqualTo("3号楼 水泵房");
                assertThat(finding.severity()).isEqualTo("HIGH");
                assertThat(finding.category()).isEqualTo("plumbing");
                assertThat(finding.reporterId()).isEqualTo("tech-wang");
                assertThat(finding.evidence()).extracting(FindingReported.Evidence::kind, FindingReported.Evidence::value)
                        .contains(org.assertj.core.groups.Tuple.tuple("VALUE", "0.18 MPa"),
                                org.assertj.core.groups.Tuple.tuple("PHOTO", "photo-gauge"));
            }
            assertThat(tap.matching(FindingReported.class, e -> pump.equals(e.equipmentId()))).hasSize(3);
        }
    }
}
