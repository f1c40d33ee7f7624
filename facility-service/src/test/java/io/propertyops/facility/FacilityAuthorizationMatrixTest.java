package io.propertyops.facility;

import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.plan.application.PlanStore;
import io.propertyops.facility.plan.application.TaskStore;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.Occurrence;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.facility.plan.domain.Window;
import io.propertyops.facility.round.application.RoundStore;
import io.propertyops.facility.round.application.RouteStore;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.facility.round.domain.RoutePoint;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ServiceTest
class FacilityAuthorizationMatrixTest extends AuthorizationMatrix {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Estate estate;
    @Autowired
    PlanStore plans;
    @Autowired
    TaskStore tasks;
    @Autowired
    RouteStore routes;
    @Autowired
    RoundStore rounds;

    @Override
    protected List<OwnedObject> ownedObjects() {
        String c1 = "community-" + UUID.randomUUID();
        String c2 = "community-" + UUID.randomUUID();
        estate.insert(new Community(c1, "翠湖花园", "杭州", "西湖区", "翠湖路 1 号",
                List.of(new Community.Building(c1 + "-b1", "1号楼", 6, List.of(c1 + "-u101"))), List.of(), 1), List.of());
        estate.insert(new Community(c2, "银杏苑", "杭州", "拱墅区", "银杏路 8 号", List.of(), List.of(), 1), List.of());
        estate.insertUnitsOnce(List.of(new Unit(c1 + "-u101", c1, c1 + "-b1", "1-1-101", 1, new BigDecimal("89.50"))));

        MatrixCaller entitled = MatrixCaller.of("customer service of C1", TestTokens.staff("cs-c1", "CUSTOMER_SERVICE", c1));
        List<MatrixCaller> strangers = List.of(
                MatrixCaller.of("customer service of C2", TestTokens.staff("cs-c2", "CUSTOMER_SERVICE", c2)),
                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", c2)),
                MatrixCaller.of("an owner of a unit in C1", TestTokens.owner("owner-c1", c1, c1 + "-u101")),
                MatrixCaller.of("an integration client of C1", TestTokens.integration("crm-c1", c1).scopes("tickets.read")),
                MatrixCaller.of("an integration client of C2", TestTokens.integration("crm-c2", c2).scopes("tickets.read")));

        // a cleaning plan of C1 with its task of today, and a route of C1 with a round on it
        LocalDate today = LocalDate.now(SHANGHAI);
        Plan plan = Plan.define("plan-" + c1, c1, "大堂保洁日检", PlanKind.CLEANING,
                Target.place(Location.of(LocationKind.COMMON_AREA, c1 + "-lobby"), "大堂"), "cleaning", Schedule.daily(),
                new Window(LocalTime.of(9, 0), Duration.ofHours(8)), Duration.ZERO, List.of(), null, Checklist.empty(),
                null, today, null);
        plans.insert(plan);
        tasks.insertNew(List.of(PlanTask.generated(plan, new Occurrence(today, Occurrence.Trigger.CALENDAR,
                plan.window().opensOn(today, SHANGHAI), plan.window().closesOn(today, SHANGHAI)), Instant.now())));
        InspectionRoute route = new InspectionRoute("route-" + c1, c1, "设备房日检", "plumbing", Duration.ofHours(1),
                List.of(new RoutePoint("point-pump", "水泵", Location.of(LocationKind.COMMON_AREA, c1 + "-pumps"), "水泵房",
                        null, "QR-" + c1, null, null, null, Checklist.empty())), 1);
        routes.insert(route);
        Round round = Round.open("round-" + c1, route, null, null, today, Instant.now(),
                Instant.now().plus(Duration.ofHours(1)), null, List.of());
        rounds.insertNew(List.of(round));

        return List.of(new OwnedObject("community C1 and its units", Map.of("communityId", c1), entitled, strangers),
                new OwnedObject("a plan of C1 and its task of today",
                        Map.of("planId", plan.id(), "occurrence", today.toString()), entitled, strangers),
                new OwnedObject("an inspection route of C1", Map.of("routeId", route.id()), entitled, strangers),
                new OwnedObject("a round of C1 and its point", Map.of("roundId", round.id(), "pointId", "point-pump"),
                        entitled, strangers));
    }
}
