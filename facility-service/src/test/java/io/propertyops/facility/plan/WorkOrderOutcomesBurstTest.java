package io.propertyops.facility.plan;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.facility.PlanFixtures;
import io.propertyops.facility.PlansAndRoundsTest;
import io.propertyops.facility.plan.application.TaskStore;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of ticket events about maintenance tasks — every work order linked and closed or cancelled, in one go, among
 * events about other work orders, with redeliveries and a late contradictory end — lands completely: each task linked
 * and finished once, as its first end says, and each plan told of its tasks done (a FLOATING plan counts on from the
 * day its task was done).
 */
@PlansAndRoundsTest
class WorkOrderOutcomesBurstTest {

    /** 10:00 on 1 March in Shanghai. */
    static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    static final int PLANS = 4;
    static final int DAYS = 60;

    private static final Logger log = LoggerFactory.getLogger(WorkOrderOutcomesBurstTest.class);

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    TaskStore tasks;

    @AfterAll
    static void realTokens() {
        TestTokens.useClock(Clock.systemUTC());
    }

    @Test
    void aBurstOfLinksAndEndsFinishesEveryTaskOnceAndTellsItsPlan() throws Exception {
        clock.set(NOW);
        TestTokens.useClock(clock);
        String community = "community-" + UUID.randomUUID();
        String manager = TestTokens.staff("pm-li", "PROPERTY_MANAGER", community).token();
        List<String> daily = new ArrayList<>();
        for (int p = 0; p < PLANS; p++) {
            daily.add(PlanFixtures.created(http, "/api/v1/plans", manager,
                    PlanFixtures.pumpMaintenancePlan(community, "水泵日保 " + p, "P61D", "2027-03-01")));
        }
        String floating = PlanFixtures.created(http, "/api/v1/plans", manager,
                PlanFixtures.pumpMaintenancePlan(community, "水泵周保", "P1D", "2027-03-02").replace(
                        "{\"frequency\": \"DAILY\"}", "{\"frequency\": \"EVERY_N\", \"every\": 7, \"unit\": \"DAYS\", \"anchoring\": \"FLOATING\"}"));
        List<String> taskIds = new ArrayList<>();
        for (String plan : daily) {
            for (int d = 0; d < DAYS; d++) {
                taskIds.add(PlanTask.idOf(plan, LocalDate.parse("2027-03-01").plusDays(d)));
            }
        }
        taskIds.add(PlanTask.idOf(floating, LocalDate.parse("2027-03-02")));
        await().atMost(Duration.ofSeconds(30)).until(() -> tasks.findAll(taskIds).size() == taskIds.size());

        // task i: work order wo-i, ended i hours after 10:00 on 1 March (every seventh cancelled); the floating plan's
        // task on 3 March
        String run = UUID.randomUUID().toString();
        Map<String, String> workOrderOf = new HashMap<>();
        List<DomainEvent> burst = new ArrayList<>();
        for (int i = 0; i < taskIds.size(); i++) {
            String taskId = taskIds.get(i);
            String workOrderId = "wo-" + run + "-" + i;
            workOrderOf.put(taskId, workOrderId);
            WorkOrderFacts facts = facts(community, "WO-" + i);
            Instant endedAt = taskId.startsWith(floating) ? Instant.parse("2027-03-03T03:00:00Z") : NOW.plusSeconds(3600L * i);
            burst.add(new WorkOrderCreated(UUID.randomUUID().toString(), workOrderId, NOW, "WO-" + i, community, null,
                    "system", "计划保养", "PREVENTIVE_MAINTENANCE", "plumbing", "NORMAL", "SYSTEM", "水泵日保", "轴承润滑",
                    "3号楼 水泵房", null, null)); // about a task, but not an outcome: passed over
            WorkOrderSourceLinked linked = new WorkOrderSourceLinked(UUID.randomUUID().toString(), workOrderId, NOW,
                    "MAINTENANCE_TASK", taskId, true, 1, null, "equipment-pump-7", facts);
            burst.add(linked);
            if (i % 10 == 0) {
                burst.add(linked); // redelivered
            }
            DomainEvent ended = i % 7 == 0
                    ? new WorkOrderCancelled(UUID.randomUUID().toString(), workOrderId, endedAt, "cs-sun", facts, "重复")
                    : new WorkOrderClosed(UUID.randomUUID().toString(), workOrderId, endedAt, "cs-sun", facts, null);
            burst.add(ended);
            if (i % 10 == 0) {
                burst.add(ended); // redelivered
            }
            if (i % 10 == 5) { // a late, contradictory end: the first one stands
                burst.add(new WorkOrderCancelled(UUID.randomUUID().toString(), workOrderId, endedAt.plusSeconds(30),
                        "cs-zhao", facts, "late"));
            }
        }
        // a source link that is not a maintenance task's, and a work order no task went to
        burst.add(new WorkOrderSourceLinked(UUID.randomUUID().toString(), "wo-" + run + "-finding", NOW, "FINDING",
                taskIds.getFirst(), true, 1, null, null, facts(community, "WO-F")));
        burst.add(new WorkOrderClosed(UUID.randomUUID().toString(), "wo-" + run + "-other", NOW, "cs-sun",
                facts(community, "WO-O"), null));
        assertThat(burst.size()).isGreaterThan(500);

        long start = System.nanoTime();
        EventPublishing.publishAll(kafka, burst);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Map<String, PlanTask> stored = new HashMap<>();
            tasks.findAll(taskIds).forEach(task -> stored.put(task.id(), task));
            for (int i = 0; i < taskIds.size(); i++) {
                PlanTask task = stored.get(taskIds.get(i));
                assertThat(task.workOrderId()).as(task.id()).isEqualTo(workOrderOf.get(task.id()));
                assertThat(task.workOrderNumber()).as(task.id()).isEqualTo("WO-" + i);
                assertThat(task.status()).as(task.id())
                        .isEqualTo(i % 7 == 0 ? PlanTask.Status.CANCELLED : PlanTask.Status.DONE);
                assertThat(task.completedBy()).as(task.id()).isEqualTo("cs-sun");
            }
        });
        log.info("{} ticket events about {} tasks landed in {} ms", burst.size(), taskIds.size(),
                (System.nanoTime() - start) / 1_000_000);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (int p = 0; p < PLANS; p++) {
                // the day its latest task was done: task p·DAYS + DAYS - 1
                LocalDate last = LocalDate.ofInstant(NOW.plusSeconds(3600L * (p * DAYS + DAYS - 1)), ZoneId.of("Asia/Shanghai"));
                assertThat(http.get("/api/v1/plans/" + daily.get(p), manager).<String>json("$.progress.lastCompletedOn"))
                        .isEqualTo(last.toString());
            }
            var plan = http.get("/api/v1/plans/" + floating, manager);
            assertThat(plan.<Object>json("$.progress.openTaskId")).isNull();
            assertThat(plan.<String>json("$.progress.lastCompletedOn")).isEqualTo("2027-03-03");
            // done on 3 March: the next falls 7 days later, generated a day ahead at 09:00
            assertThat(plan.<String>json("$.nextGenerateAt")).isEqualTo("2027-03-09T01:00:00Z");
        });
    }

    static WorkOrderFacts facts(String community, String number) {
        return new WorkOrderFacts(number, community, null, "system", "PREVENTIVE_MAINTENANCE", "plumbing", "NORMAL",
                "SUBMITTED", null, null, 0, Map.of());
    }
}
