package io.propertyops.facility.plan;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.facility.FacilityServiceApplication;
import io.propertyops.facility.PlanFixtures;
import io.propertyops.facility.plan.application.PlanGenerator;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.InfrastructureInitializer;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance (issue 15): a plan generates exactly one task per occurrence across two replicas. Two facility-service
 * instances on one database and one broker run their generators at the same moment, again and again, over the same
 * due occurrences of maintenance and inspection plans; every occurrence has one task, one MaintenanceTaskDue on the
 * broker and one round.
 */
@ServiceTest
@MovableClock("2027-03-01T00:00:00Z") // 08:00 in Shanghai
class PlanGeneratesOneTaskPerOccurrenceAcrossReplicasTest {

    static ConfigurableApplicationContext second;

    @Autowired
    TestHttp http;
    @Autowired
    MutableClock clock;
    @Autowired
    Environment environment;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PlanGenerator generator;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    /** The second replica: the same database, broker and clock as this test's context. */
    PlanGenerator secondGenerator() {
        if (second == null) {
            String database = environment.getRequiredProperty("spring.mongodb.database");
            second = new SpringApplicationBuilder(FacilityServiceApplication.class)
                    .initializers(new InfrastructureInitializer(), context -> {
                        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("second-replica",
                                Map.of("spring.mongodb.database", database, "server.port", 0,
                                        "management.server.port", 0)));
                        context.getBeanFactory().registerSingleton("clock", clock);
                    })
                    .run();
        }
        return second.getBean(PlanGenerator.class);
    }

    @AfterAll
    static void stopSecond() {
        TestTokens.useClock(Clock.systemUTC());
        if (second != null) {
            second.close();
        }
    }

    @Test
    void twoReplicasGeneratingTheSameDueOccurrencesMakeOneTaskAndOneEventEach() throws Exception {
        TestTokens.useClock(clock);
        String community = "community-" + UUID.randomUUID();
        String manager = TestTokens.staff("pm-" + community, "PROPERTY_MANAGER", community).token();
        List<String> planIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // daily from 1 March, generated 5 days ahead: at 08:00 on 1 March, 1 to 5 March are due
            planIds.add(PlanFixtures.created(http, "/api/v1/plans", manager,
                    PlanFixtures.pumpMaintenancePlan(community, "水泵保养 " + i, "P5D", "2027-03-01")));
        }
        String routeId = PlanFixtures.created(http, "/api/v1/inspection-routes", manager,
                PlanFixtures.plantRoomRoute(community, "equipment-pump-7", "PT1H"));
        String inspection = PlanFixtures.created(http, "/api/v1/plans", manager,
                PlanFixtures.dailyInspectionPlan(community, routeId, "sup-li", "P5D", "2027-03-01"));
        PlanGenerator secondGenerator = secondGenerator();

        for (int run = 0; run < 3; run++) {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> awaitThen(start, generator::generateDue));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> awaitThen(start, secondGenerator::generateDue));
            start.countDown();
            a.get();
            b.get();
        }

        Set<String> expected = new java.util.TreeSet<>();
        for (String planId : planIds) {
            for (int day = 1; day <= 5; day++) {
                expected.add(planId + ":2027-03-0" + day);
            }
        }
        List<String> taskIds = mongo.find(Query.query(Criteria.where("planId").in(planIds)), org.bson.Document.class,
                "plan_tasks").stream().map(task -> task.getString("_id")).toList();
        assertThat(taskIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);

        // every event is out once nothing waits in any task's outbox
        await().atMost(Duration.ofSeconds(20)).until(() -> !mongo.exists(Query.query(Criteria.where("planId")
                .in(planIds).and("pendingEvents.0").exists(true)), "plan_tasks"));
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            for (int pass = 0; pass < 2; pass++) {
                // exactly one each, read again on the second pass so that a late second copy would show
                for (String taskId : expected) {
                    tap.awaitOne(MaintenanceTaskDue.class, e -> e.aggregateId().equals(taskId));
                }
            }
            List<MaintenanceTaskDue> due = tap.matching(MaintenanceTaskDue.class, e -> planIds.contains(e.planId()));
            assertThat(due).extracting(MaintenanceTaskDue::aggregateId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            MaintenanceTaskDue first = due.stream().filter(e -> e.aggregateId().equals(planIds.getFirst() + ":2027-03-01"))
                    .findFirst().orElseThrow();
            assertThat(first.equipmentId()).isEqualTo("equipment-pump-7");
            assertThat(first.locationKind()).isEqualTo("COMMON_AREA");
            assertThat(first.dueAt()).isEqualTo(java.time.Instant.parse("2027-03-01T05:00:00Z"));
            assertThat(first.checklist()).containsExactly("轴承润滑");
            assertThat(first.assigneeIds()).containsExactly("tech-wang");
        }

        List<String> roundIds = mongo.find(Query.query(Criteria.where("planId").is(inspection)), org.bson.Document.class,
                "rounds").stream().map(round -> round.getString("_id")).toList();
        assertThat(roundIds).doesNotHaveDuplicates().hasSize(5).contains(inspection + ":2027-03-01");
        var board = http.get("/api/v1/rounds?communityId=" + community + "&date=2027-03-02", manager);
        assertThat(board.<List<String>>json("$[*].id")).containsExactly(inspection + ":2027-03-02");
        var plan = http.get("/api/v1/plans/" + planIds.getFirst(), manager);
        assertThat(plan.<String>json("$.progress.generatedThrough")).isEqualTo("2027-03-05");
        assertThat(plan.<String>json("$.nextGenerateAt")).isEqualTo("2027-03-01T01:00:00Z");
    }

    private static int awaitThen(CountDownLatch start, java.util.function.IntSupplier work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }
}
