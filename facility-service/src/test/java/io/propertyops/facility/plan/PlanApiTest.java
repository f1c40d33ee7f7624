package io.propertyops.facility.plan;

import io.propertyops.events.Topics;
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
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlansAndRoundsTest
class PlanApiTest {

    /** 10:00 on 1 March in Shanghai. */
    static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    String community;
    Supplier<String> manager;

    @BeforeEach
    void community() {
        clock.set(NOW);
        TestTokens.useClock(clock);
        community = "community-" + UUID.randomUUID();
        manager = () -> TestTokens.staff("pm-li", "PROPERTY_MANAGER", community).token();
    }

    @AfterAll
    static void realTokens() {
        TestTokens.useClock(Clock.systemUTC());
    }

    @Test
    void staffDefineRedefinePauseAndRemovePlansWithTheirVersion() {
        String body = PlanFixtures.pumpMaintenancePlan(community, "水泵月保", "P3D", "2027-04-01")
                .replace("{\"frequency\": \"DAILY\"}", "{\"frequency\": \"MONTHLY\", \"dayOfMonth\": 31}");
        var created = http.post("/api/v1/plans", manager.get(), body, "Idempotency-Key", "pump-monthly-1");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String id = created.json("$.id");
        assertThat(created.<String>json("$.nextGenerateAt")).as("30 April 09:00 less 3 days, in UTC")
                .isEqualTo("2027-04-27T01:00:00Z");
        var retried = http.post("/api/v1/plans", manager.get(), body, "Idempotency-Key", "pump-monthly-1");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.<String>json("$.id")).isEqualTo(id);

        var redefined = PlanFixtures.put(http, "/api/v1/plans/" + id, manager.get(), body.replace("水泵月保", "水泵月度保养"), "\"1\"");
        assertThat(redefined.status()).as(redefined.toString()).isEqualTo(200);
        assertThat(redefined.header("ETag")).isEqualTo("\"2\"");
        assertThat(PlanFixtures.put(http, "/api/v1/plans/" + id, manager.get(), body, "\"1\"").status()).isEqualTo(412);

        var paused = http.post("/api/v1/plans/" + id + "/pause", manager.get(), "{}");
        assertThat(paused.<Boolean>json("$.active")).isFalse();
        assertThat(paused.<Object>json("$.nextGenerateAt")).isNull();
        assertThat(http.post("/api/v1/plans/" + id + "/resume", manager.get(), "{}").<Boolean>json("$.active")).isTrue();
        assertThat(http.get("/api/v1/plans?communityId=" + community, manager.get()).<List<String>>json("$[*].name"))
                .containsExactly("水泵月度保养");

        String stranger = TestTokens.staff("pm-other", "PROPERTY_MANAGER", "community-elsewhere").token();
        assertThat(http.get("/api/v1/plans/" + id, stranger).status()).isEqualTo(404);
        assertThat(http.send(http.request("/api/v1/plans/" + id, manager.get()).header("If-Match", "\"4\"").DELETE())
                .status()).isEqualTo(204);
        assertThat(http.get("/api/v1/plans/" + id, manager.get()).status()).isEqualTo(404);
    }

    @Test
    void refusesPlansThatDoNotHoldTogether() {
        var weekly = http.post("/api/v1/plans", manager.get(), PlanFixtures.pumpMaintenancePlan(community, "周保", "P1D", "2027-03-01")
                .replace("{\"frequency\": \"DAILY\"}", "{\"frequency\": \"WEEKLY\"}"));
        assertThat(weekly.status()).isEqualTo(422);
        assertThat(weekly.<String>json("$.code")).isEqualTo("invalid-schedule");
        var unknownRoute = http.post("/api/v1/plans", manager.get(),
                PlanFixtures.dailyInspectionPlan(community, "route-nowhere", "sup-li", "P1D", "2027-03-01"));
        assertThat(unknownRoute.<String>json("$.code")).isEqualTo("unknown-route");
        var technician = http.post("/api/v1/plans", TestTokens.staff("tech", "TECHNICIAN", community).token(),
                PlanFixtures.pumpMaintenancePlan(community, "保养", "P1D", "2027-03-01"));
        assertThat(technician.status()).isEqualTo(403);
    }

    @Test
    void theCalendarShowsGeneratedTasksAndPlannedOccurrencesDayByDay() {
        String id = PlanFixtures.created(http, "/api/v1/plans", manager.get(),
                PlanFixtures.pumpMaintenancePlan(community, "水泵日保", "P1D", "2027-03-01"));
        // at 10:00 on 1 March with a day's lead: 1 and 2 March are generated
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/plans/" + id + "/tasks?from=2027-03-01&to=2027-03-05",
                manager.get()).<List<String>>json("$[*].id").size() == 2);

        var calendar = http.get("/api/v1/plans/calendar?communityId=" + community + "&from=2027-03-01&to=2027-03-04",
                manager.get());
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        assertThat(calendar.<List<String>>json("$[*].date")).containsExactly("2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04");
        assertThat(calendar.<List<Boolean>>json("$[*].generated")).containsExactly(true, true, false, false);
        assertThat(calendar.<List<String>>json("$[*].taskId")).containsExactly(id + ":2027-03-01", id + ":2027-03-02", null, null);
        assertThat(calendar.<String>json("$[0].status")).isEqualTo("OPEN");
        assertThat(calendar.<String>json("$[2].generateAt")).isEqualTo("2027-03-02T01:00:00Z");
        assertThat(http.get("/api/v1/plans/calendar?communityId=" + community + "&from=2027-03-01&to=2027-06-01",
                manager.get()).<String>json("$.code")).isEqualTo("invalid-range");
    }

    @Test
    void aMaintenanceTaskKeepsItsWorkOrderAndAFloatingPlanCountsOnFromItsClosing() throws Exception {
        String body = PlanFixtures.pumpMaintenancePlan(community, "水泵周保", "P1D", "2027-03-02")
                .replace("{\"frequency\": \"DAILY\"}", "{\"frequency\": \"EVERY_N\", \"every\": 7, \"unit\": \"DAYS\", \"anchoring\": \"FLOATING\"}");
        String id = PlanFixtures.created(http, "/api/v1/plans", manager.get(), body);
        String taskId = id + ":2027-03-02";
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/plans/" + id + "/tasks/2027-03-02",
                manager.get()).status() == 200);
        assertThat(http.get("/api/v1/plans/" + id, manager.get()).<String>json("$.progress.openTaskId")).isEqualTo(taskId);

        String workOrderId = "wo-" + UUID.randomUUID();
        WorkOrderFacts facts = new WorkOrderFacts("WO-20270301-0007", community, null, "system", "PREVENTIVE_MAINTENANCE",
                "plumbing", "NORMAL", "SUBMITTED", null, null, 0, Map.of());
        EventPublishing.publish(kafka, new WorkOrderSourceLinked(UUID.randomUUID().toString(), workOrderId, NOW,
                "MAINTENANCE_TASK", taskId, true, 1, null, "equipment-pump-7", facts));
        await().atMost(Duration.ofSeconds(20)).until(() -> "WO-20270301-0007".equals(
                http.get("/api/v1/plans/" + id + "/tasks/2027-03-02", manager.get()).json("$.workOrderNumber")));

        WorkOrderClosed closed = new WorkOrderClosed(UUID.randomUUID().toString(), workOrderId, NOW.plusSeconds(3600),
                "cs-sun", facts, null);
        EventPublishing.publish(kafka, closed, closed); // redelivered: done once
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(
                http.get("/api/v1/plans/" + id + "/tasks/2027-03-02", manager.get()).json("$.status")));
        var plan = http.get("/api/v1/plans/" + id, manager.get());
        assertThat(plan.<Object>json("$.progress.openTaskId")).isNull();
        assertThat(plan.<String>json("$.progress.lastCompletedOn")).isEqualTo("2027-03-01");
        // done on 1 March: the next falls 7 days later, generated a day ahead at 09:00
        assertThat(plan.<String>json("$.nextGenerateAt")).isEqualTo("2027-03-07T01:00:00Z");
    }

    @Test
    void aMeterReadingPastTheThresholdGeneratesAMaintenanceTaskForThatDay() {
        String body = PlanFixtures.pumpMaintenancePlan(community, "水泵按运行时间保养", "PT0S", "2027-03-01")
                .replace("{\"frequency\": \"DAILY\"}", "{\"frequency\": \"EVERY_N\", \"every\": 3, \"unit\": \"MONTHS\"}")
                .replace("\"effectiveFrom\"", "\"meterTrigger\": {\"meterId\": \"meter-pump-7-hours\", \"threshold\": 2000, \"unit\": \"h\"}, \"effectiveFrom\"")
                .replace("2027-03-01", "2027-05-01");
        String id = PlanFixtures.created(http, "/api/v1/plans", manager.get(), body);
        assertThat(http.post("/api/v1/plans/" + id + "/meter-readings", manager.get(), "{\"total\": 10000}")
                .<Number>json("$.progress.meterBaseline").intValue()).isEqualTo(10000);
        var due = http.post("/api/v1/plans/" + id + "/meter-readings", manager.get(), "{\"total\": 12000.5}");
        assertThat(due.<String>json("$.progress.meterDueOn")).isEqualTo("2027-03-01");

        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/plans/" + id + "/tasks/2027-03-01",
                manager.get()).status() == 200);
        assertThat(http.get("/api/v1/plans/" + id + "/tasks/2027-03-01", manager.get()).<String>json("$.trigger"))
                .isEqualTo("METER");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/plans/" + id, manager.get())
                .<Object>json("$.progress.meterDueOn") == null);
        var backwards = http.post("/api/v1/plans/" + id + "/meter-readings", manager.get(), "{\"total\": 11000}");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.<String>json("$.code")).isEqualTo("meter-reading-backwards");
    }

    @Test
    void aSupervisorScoresACleaningCheckAndItsAbnormalItemReportsAFinding() {
        String id = PlanFixtures.created(http, "/api/v1/plans", manager.get(), """
                {"communityId": "%s", "name": "大堂保洁日检", "kind": "CLEANING",
                 "target": {"location": {"kind": "COMMON_AREA", "id": "area-lobby-1"}, "locationName": "1号楼 大堂"},
                 "category": "cleaning", "schedule": {"frequency": "DAILY"}, "window": {"start": "09:00", "duration": "PT8H"},
                 "leadTime": "PT2H", "supervisorId": "sup-li", "effectiveFrom": "2027-03-01",
                 "checklist": [
                   {"id": "floor", "label": "地面洁净", "type": "PASS_FAIL", "faultType": "cleaning.floor-dirty"},
                   {"id": "litter", "label": "垃圾", "type": "CHOICE", "options": ["无", "少量", "较多"], "abnormalOptions": ["较多"]},
                   {"id": "remark", "label": "备注", "type": "TEXT"}]}""".formatted(community));
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/plans/" + id + "/tasks/2027-03-01",
                manager.get()).status() == 200);
        String supervisor = TestTokens.staff("sup-li", "SUPERVISOR", community).token();
        String sheet = """
                {"answers": [{"itemId": "floor", "passed": false, "photoIds": ["photo-floor"]},
                             {"itemId": "litter", "choice": "少量"}]}""";
        assertThat(http.post("/api/v1/plans/" + id + "/tasks/2027-03-01/check",
                TestTokens.staff("tech", "TECHNICIAN", community).token(), sheet).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/plans/" + id + "/tasks/2027-03-01/check", supervisor,
                "{\"answers\": [{\"itemId\": \"floor\", \"passed\": true}]}").<String>json("$.code")).isEqualTo("invalid-answer");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            var checked = http.post("/api/v1/plans/" + id + "/tasks/2027-03-01/check", supervisor, sheet);
            assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
            assertThat(checked.<Integer>json("$.task.score")).isEqualTo(50);
            assertThat(checked.<String>json("$.task.status")).isEqualTo("DONE");
            String findingId = "check:" + id + ":2027-03-01:floor";
            assertThat(checked.<List<String>>json("$.findingIds")).containsExactly(findingId);
            FindingReported finding = tap.awaitOne(FindingReported.class, e -> e.aggregateId().equals(findingId));
            assertThat(finding.faultType()).isEqualTo("cleaning.floor-dirty");
            assertThat(finding.locationId()).isEqualTo("area-lobby-1");
            assertThat(finding.category()).isEqualTo("cleaning");
        }
        var again = http.post("/api/v1/plans/" + id + "/tasks/2027-03-01/check", supervisor, sheet);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.code")).isEqualTo("task-closed");
    }
}
