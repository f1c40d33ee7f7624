package io.propertyops.facility.plan;

import io.propertyops.facility.plan.application.PlanGenerator;
import io.propertyops.facility.plan.application.PlanStore;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.facility.plan.domain.Window;
import io.propertyops.facility.round.application.RouteStore;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.RoutePoint;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * Not a test: the bench "a month of tasks for 100 plans × 50 communities", timed on the embedded store and
 * broker of the test JVM. Runs only when asked:
 * {@code ./mvnw -pl facility-service -am test -Dtest=PlanGenerationBench -Dbench.plans=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Each community has 40 maintenance plans (a MaintenanceTaskDue each occurrence), 30 inspection plans on its route
 * of 5 points (a round each occurrence) and 30 cleaning plans, all daily and generated 30 days ahead, so that one
 * pass generates a month.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "bench.plans", matches = "true")
@TestPropertySource(properties = "propertyops.facility.plans.interval=PT1H")
class PlanGenerationBench {

    static final int COMMUNITIES = Integer.getInteger("bench.communities", 50);
    static final int PLANS = 100;

    @Autowired
    PlanStore plans;
    @Autowired
    RouteStore routes;
    @Autowired
    PlanGenerator generator;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aMonthOfTasksFor100PlansIn50Communities() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Checklist checklist = new Checklist(List.of(new ChecklistItem("check", "外观检查", ChecklistItem.ItemType.PASS_FAIL,
                null, null, null, null, null, false, "general.fault", null, null)));
        long setUp = System.nanoTime();
        for (int c = 0; c < COMMUNITIES; c++) {
            String community = "bench-community-" + c;
            int n = c;
            routes.insert(new InspectionRoute("bench-route-" + c, community, "设备房日检", "plumbing", Duration.ofHours(1),
                    IntStream.range(0, 5).mapToObj(p -> new RoutePoint("p" + p, "点 " + p,
                            Location.of(LocationKind.COMMON_AREA, "area-" + n + "-" + p), "设备房", null, "tag-" + n + "-" + p,
                            null, null, null, checklist)).toList(), 1));
            for (int p = 0; p < PLANS; p++) {
                PlanKind kind = p < 40 ? PlanKind.MAINTENANCE : p < 70 ? PlanKind.INSPECTION : PlanKind.CLEANING;
                Target target = kind == PlanKind.INSPECTION ? Target.route("bench-route-" + c)
                        : Target.equipment(kind == PlanKind.MAINTENANCE ? "equipment-" + c + "-" + p : null,
                        Location.of(LocationKind.COMMON_AREA, "area-" + c + "-" + p), "设备房");
                plans.insert(Plan.define("bench-plan-" + c + "-" + p, community, "计划 " + p, kind, target, "plumbing",
                        Schedule.daily(), new Window(LocalTime.of(9, 0), Duration.ofHours(4)), Duration.ofDays(30),
                        List.of("tech-" + c), "sup-" + c, checklist, null, today, null));
            }
        }
        System.out.printf("BENCH set-up: %d plans in %d communities in %d ms%n", COMMUNITIES * PLANS, COMMUNITIES,
                (System.nanoTime() - setUp) / 1_000_000);

        long start = System.nanoTime();
        List<Integer> passes = new ArrayList<>();
        int inserted;
        do {
            inserted = generator.generateDue();
            passes.add(inserted);
        } while (inserted > 0);
        long generated = System.nanoTime();
        long tasks = mongo.count(new Query(), "plan_tasks");
        long rounds = mongo.count(new Query(), "rounds");
        System.out.printf("BENCH generation: %d tasks (%d rounds) in %d ms, passes %s%n", tasks, rounds,
                (generated - start) / 1_000_000, passes);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                !mongo.exists(Query.query(Criteria.where("pendingEvents.0").exists(true)), "plan_tasks"));
        System.out.printf("BENCH every MaintenanceTaskDue on the broker: %d ms after generation began%n",
                (System.nanoTime() - start) / 1_000_000);
        long idle = System.nanoTime();
        generator.generateDue();
        System.out.printf("BENCH a tick with nothing due: %d ms%n", (System.nanoTime() - idle) / 1_000_000);
    }
}
