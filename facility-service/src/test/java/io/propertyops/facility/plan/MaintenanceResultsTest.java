package io.propertyops.facility.plan;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.facility.PlanFixtures;
import io.propertyops.facility.PlansAndRoundsTest;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A preventive-maintenance task's results (保养记录): a failed item becomes a finding (source MAINTENANCE) once, a
 * correction to normal clears it, a later failure is a new finding, and the work order's close keeps the results.
 */
@PlansAndRoundsTest
class MaintenanceResultsTest {

    /** 10:00 on 1 March in Shanghai: the day's 09:00–13:00 window is open. */
    static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    static final String DAY = "2027-03-01";

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    String community;
    String manager;
    String technician;

    @BeforeEach
    void community() {
        clock.set(NOW);
        TestTokens.useClock(clock);
        community = "community-" + UUID.randomUUID();
        manager = TestTokens.staff("pm-li", "PROPERTY_MANAGER", community).token();
        technician = TestTokens.staff("tech-wang", "TECHNICIAN", community).token();
    }

    @AfterAll
    static void realTokens() {
        TestTokens.useClock(Clock.systemUTC());
    }

    /** A daily pump maintenance plan whose checklist has a pass/fail item, a pressure with limits and a remark. */
    String pumpPlanWithItsTaskOfToday() {
        String body = PlanFixtures.pumpMaintenancePlan(community, "7号泵日保养", "PT2H", DAY).replace("""
                "checklist": [{"id": "bearing", "label": "轴承润滑", "type": "PASS_FAIL", "faultType": "pump.bearing"}]""", """
                "checklist": [{"id": "bearing", "label": "轴承润滑", "type": "PASS_FAIL", "faultType": "pump.bearing"},
                              {"id": "pressure", "label": "出水压力", "type": "NUMBER", "min": 0.25, "max": 0.6, "unit": "MPa",
                               "faultType": "pump.pressure-low", "severity": "HIGH"},
                              {"id": "remark", "label": "备注", "type": "TEXT"}]""");
        String planId = PlanFixtures.created(http, "/api/v1/plans", manager, body);
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get(task(planId), manager).status() == 200);
        return planId;
    }

    static String task(String planId) {
        return "/api/v1/plans/" + planId + "/tasks/" + DAY;
    }

    TestHttp.Response record(String planId, String token, String answers) {
        return PlanFixtures.put(http, task(planId) + "/results", token, "{\"answers\": " + answers + "}", null);
    }

    @Test
    void aFailedItemReportsOneFindingAboutTheTasksEquipmentAndACorrectionClearsIt() {
        String planId = pumpPlanWithItsTaskOfToday();
        String taskId = planId + ":" + DAY;
        String bearing = "maintenance:" + taskId + ":bearing";
        String failed = """
                [{"itemId": "bearing", "passed": false, "text": "轴承缺油"}, {"itemId": "pressure", "value": 0.42}]""";

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            var recorded = record(planId, technician, failed);
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
            assertThat(recorded.<String>json("$.task.status")).isEqualTo("OPEN");
            assertThat(recorded.<Integer>json("$.task.score")).isEqualTo(50);
            assertThat(recorded.<List<String>>json("$.reportedFindingIds")).containsExactly(bearing);
            assertThat(recorded.<List<String>>json("$.findings[*].id")).containsExactly(bearing);
            FindingReported finding = tap.awaitOne(FindingReported.class, e -> e.aggregateId().equals(bearing));
            assertThat(finding.source()).isEqualTo("MAINTENANCE");
            assertThat(finding.equipmentId()).isEqualTo("equipment-pump-7");
            assertThat(finding.locationKind()).isEqualTo("COMMON_AREA");
            assertThat(finding.locationId()).isEqualTo("area-pump-room-3");
            assertThat(finding.faultType()).isEqualTo("pump.bearing");
            assertThat(finding.category()).isEqualTo("plumbing");
            assertThat(finding.reporterId()).isEqualTo("tech-wang");

            // recorded again (a retry, a second save): nothing reported twice
            var again = record(planId, technician, failed);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.<List<String>>json("$.reportedFindingIds")).isEmpty();
            assertThat(again.<List<String>>json("$.findings[*].id")).containsExactly(bearing);

            // corrected to normal: the finding is cleared, after which no second report of it can be on its way
            var corrected = record(planId, technician, """
                    [{"itemId": "bearing", "passed": true}, {"itemId": "pressure", "value": 0.42}]""");
            assertThat(corrected.<List<String>>json("$.clearedFindingIds")).containsExactly(bearing);
            assertThat(corrected.<List<Object>>json("$.findings")).isEmpty();
            assertThat(corrected.<Integer>json("$.task.score")).isEqualTo(100);
            tap.awaitOne(FindingCleared.class, e -> e.aggregateId().equals(bearing));
            assertThat(tap.matching(FindingReported.class, e -> e.aggregateId().equals(bearing))).hasSize(1);

            // failed again after the correction: a new failure, a new finding; the low pressure one too
            var failedAgain = record(planId, technician, """
                    [{"itemId": "bearing", "passed": false}, {"itemId": "pressure", "value": 0.18},
                     {"itemId": "remark", "text": "压力偏低"}]""");
            assertThat(failedAgain.<List<String>>json("$.reportedFindingIds"))
                    .containsExactly(bearing + ":2", "maintenance:" + taskId + ":pressure");
            assertThat(failedAgain.<Integer>json("$.task.score")).isEqualTo(0);
            FindingReported pressure = tap.awaitOne(FindingReported.class,
                    e -> e.aggregateId().equals("maintenance:" + taskId + ":pressure"));
            assertThat(pressure.severity()).isEqualTo("HIGH");
            tap.awaitOne(FindingReported.class, e -> e.aggregateId().equals(bearing + ":2"));
        }
    }

    @Test
    void thePageOfItsWorkOrderFindsTheTaskAndTheCloseKeepsTheResults() throws Exception {
        String planId = pumpPlanWithItsTaskOfToday();
        String taskId = planId + ":" + DAY;
        String workOrderId = "wo-" + UUID.randomUUID();
        assertThat(http.get("/api/v1/plans/tasks/by-work-order/" + workOrderId, technician).status()).isEqualTo(404);
        WorkOrderFacts facts = new WorkOrderFacts("WO-20270301-0011", community, null, "system", "PREVENTIVE_MAINTENANCE",
                "plumbing", "NORMAL", "DISPATCHED", "system", "tech-wang", 0, Map.of());
        EventPublishing.publish(kafka, new WorkOrderSourceLinked(UUID.randomUUID().toString(), workOrderId, NOW,
                "MAINTENANCE_TASK", taskId, true, 1, null, "equipment-pump-7", facts));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.get("/api/v1/plans/tasks/by-work-order/" + workOrderId, technician).status() == 200);

        var empty = http.get("/api/v1/plans/tasks/by-work-order/" + workOrderId, technician);
        assertThat(empty.<String>json("$.task.id")).isEqualTo(taskId);
        assertThat(empty.<List<String>>json("$.task.checklist[*].id")).containsExactly("bearing", "pressure", "remark");
        assertThat(empty.<List<Object>>json("$.findings")).isEmpty();
        assertThat(http.get("/api/v1/plans/tasks/by-work-order/" + workOrderId,
                TestTokens.staff("tech-zhao", "TECHNICIAN", "community-other").token()).status()).isEqualTo(404);

        assertThat(record(planId, technician, """
                [{"itemId": "bearing", "passed": true}, {"itemId": "pressure", "value": 0.1}]""").status()).isEqualTo(200);
        var read = http.get("/api/v1/plans/tasks/by-work-order/" + workOrderId, technician);
        assertThat(read.<List<String>>json("$.findings[*].id")).containsExactly("maintenance:" + taskId + ":pressure");
        assertThat(read.<Integer>json("$.task.score")).isEqualTo(50);

        WorkOrderClosed closed = new WorkOrderClosed(UUID.randomUUID().toString(), workOrderId, NOW.plusSeconds(3600),
                "cs-sun", facts, null);
        EventPublishing.publish(kafka, closed);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(http.get(task(planId), manager).json("$.status")));
        var done = http.get(task(planId), manager);
        assertThat(done.<Integer>json("$.score")).isEqualTo(50);
        assertThat(done.<List<String>>json("$.answers[*].itemId")).containsExactly("bearing", "pressure");

        var late = record(planId, technician, """
                [{"itemId": "bearing", "passed": true}, {"itemId": "pressure", "value": 0.3}]""");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.<String>json("$.code")).isEqualTo("task-closed");
        assertThat(http.get(task(planId), manager).<Integer>json("$.score")).isEqualTo(50);
    }

    @Test
    void refusesAnswersThatDoNotFitAndTasksThatAreNotMaintenance() {
        String planId = pumpPlanWithItsTaskOfToday();
        var unanswered = record(planId, technician, "[{\"itemId\": \"bearing\", \"passed\": false}]");
        assertThat(unanswered.status()).isEqualTo(422);
        assertThat(unanswered.<String>json("$.code")).isEqualTo("invalid-answer");
        var noValue = record(planId, technician, "[{\"itemId\": \"bearing\", \"passed\": true}, {\"itemId\": \"pressure\"}]");
        assertThat(noValue.status()).isEqualTo(422);
        assertThat(noValue.<String>json("$.code")).isEqualTo("invalid-answer");
        assertThat(record(planId, technician, "null").status()).isEqualTo(400);
        assertThat(http.get(task(planId), manager).<List<Object>>json("$.answers")).isEmpty();

        String owner = TestTokens.owner("owner-1", community, community + "-u101").token();
        String answers = "[{\"itemId\": \"bearing\", \"passed\": true}, {\"itemId\": \"pressure\", \"value\": 0.3}]";
        assertThat(record(planId, owner, answers).status()).isEqualTo(403);
        assertThat(record(planId, TestTokens.staff("cs-sun", "CUSTOMER_SERVICE", community).token(), answers).status())
                .isEqualTo(403);
        assertThat(record(planId, TestTokens.staff("tech-zhao", "TECHNICIAN", "community-other").token(), answers)
                .status()).isEqualTo(404);

        String cleaning = PlanFixtures.created(http, "/api/v1/plans", manager, """
                {"communityId": "%s", "name": "大堂保洁日检", "kind": "CLEANING",
                 "target": {"location": {"kind": "COMMON_AREA", "id": "area-lobby-1"}, "locationName": "1号楼 大堂"},
                 "category": "cleaning", "schedule": {"frequency": "DAILY"}, "window": {"start": "09:00", "duration": "PT8H"},
                 "leadTime": "PT2H", "effectiveFrom": "%s",
                 "checklist": [{"id": "floor", "label": "地面洁净", "type": "PASS_FAIL", "faultType": "cleaning.floor-dirty"}]}"""
                .formatted(community, DAY));
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get(task(cleaning), manager).status() == 200);
        var notMaintenance = record(cleaning, technician, "[{\"itemId\": \"floor\", \"passed\": false}]");
        assertThat(notMaintenance.status()).isEqualTo(409);
        assertThat(notMaintenance.<String>json("$.code")).isEqualTo("not-maintenance");
    }
}
