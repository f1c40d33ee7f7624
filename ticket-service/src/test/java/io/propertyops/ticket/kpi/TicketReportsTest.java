package io.propertyops.ticket.kpi;

import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import io.propertyops.ticket.sla.domain.Counting;
import io.propertyops.ticket.sla.domain.Deadline;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.sla.domain.Deadlines;
import io.propertyops.ticket.workorder.domain.Actor;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import io.propertyops.ticket.workorder.application.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work orders of June 2025, stored as the aggregate left them after their steps, are found by staff and counted
 * into KPIs over HTTP; staff of another community find nothing there, and bad periods are problems.
 */
@ServiceTest
class TicketReportsTest {

    static final Instant JUNE_1 = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant JULY_1 = Instant.parse("2025-07-01T00:00:00Z");
    static final Actor AGENT_LI = new Actor("agent-li", Set.of("CUSTOMER_SERVICE"));
    static final Actor AGENT_CHEN = new Actor("agent-chen", Set.of("CUSTOMER_SERVICE"));
    static final Actor WANG = new Actor("tech-wang", Set.of("TECHNICIAN"));
    static final Actor ZHAO = new Actor("tech-zhao", Set.of("TECHNICIAN"));
    static final Actor OWNER = new Actor("owner-zhang", Set.of("OWNER"));

    @Autowired
    TestHttp http;

    @Autowired
    WorkOrders repository;

    final String community = "community-kpi-" + UUID.randomUUID();

    String supervisor() {
        return TestTokens.staff("supervisor-" + UUID.randomUUID(), "SUPERVISOR", community).token();
    }

    static Instant june(int day) {
        return JUNE_1.plus(Duration.ofDays(day - 1));
    }

    static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }

    static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    /** A work order as the aggregate registers it at {@code at}, with deadlines that long after. */
    WorkOrder submitted(String communityId, String unit, String category, Urgency urgency, String title, Instant at,
                        Map<DeadlineKind, Duration> deadlines) {
        Map<DeadlineKind, Deadline> due = new EnumMap<>(DeadlineKind.class);
        deadlines.forEach((kind, after) -> due.put(kind, new Deadline(at.plus(after), Counting.ELAPSED, null)));
        WorkOrderRequest request = new WorkOrderRequest(communityId, unit, OWNER.id(), "张伟", null, WorkOrderKind.REPAIR,
                category, urgency, Channel.APP, title, "业主报修", null);
        return WorkOrder.submit(UUID.randomUUID().toString(), "WO-KPI-" + UUID.randomUUID(), request,
                new Deadlines(due, List.of()), Clock.fixed(at, ZoneOffset.UTC));
    }

    WorkOrder stored(WorkOrder workOrder) {
        return repository.insert(workOrder, null);
    }

    /** Accepted, dispatched, taken and started: the technician is on site {@code onSite} after submission. */
    static void onSite(WorkOrder w, Actor agent, Duration accepted, Actor technician, Duration onSite) {
        Instant t0 = w.submittedAt();
        w.accept(agent, t0.plus(accepted));
        w.dispatch(agent, technician.id(), false, t0.plus(accepted).plus(minutes(5)));
        w.take(technician, t0.plus(accepted).plus(minutes(6)));
        w.start(technician, t0.plus(onSite));
    }

    /**
     * June's work orders: one fixed first time, one fixed twice, one nobody accepted, one cancelled; and one from May
     * still waiting, and one of another community.
     */
    Map<String, WorkOrder> june() {
        WorkOrder fixed = submitted(community, "unit-1502", "plumbing", Urgency.URGENT, "厨房水管漏水", june(2),
                Map.of(DeadlineKind.RESPONSE, minutes(30), DeadlineKind.ARRIVAL, hours(4), DeadlineKind.RESOLUTION, hours(24)));
        onSite(fixed, AGENT_LI, minutes(10), WANG, hours(1));
        fixed.resolve(WANG, "更换角阀", june(2).plus(hours(3)));
        fixed.confirm(OWNER, june(3));
        fixed.revisit(AGENT_LI, true, "业主满意", june(4));
        fixed.close(AGENT_LI, june(4));

        WorkOrder fixedTwice = submitted(community, "unit-1502", "plumbing", Urgency.NORMAL, "卫生间渗水", june(3),
                Map.of(DeadlineKind.RESPONSE, minutes(30), DeadlineKind.RESOLUTION, hours(24)));
        onSite(fixedTwice, AGENT_LI, minutes(40), ZHAO, hours(2));
        fixedTwice.resolve(ZHAO, "打胶", june(3).plus(hours(5)));
        fixedTwice.reject(OWNER, "还在渗水", june(4));
        fixedTwice.dispatch(AGENT_LI, WANG.id(), false, june(4).plus(hours(1)));
        fixedTwice.take(WANG, june(4).plus(hours(1)));
        fixedTwice.start(WANG, june(4).plus(hours(2)));
        fixedTwice.resolve(WANG, "更换防水层", june(4).plus(hours(4)));

        WorkOrder unanswered = submitted(community, "unit-1502", "elevator", Urgency.EMERGENCY, "电梯异响", june(4),
                Map.of(DeadlineKind.RESPONSE, minutes(30)));

        WorkOrder cancelled = submitted(community, "unit-1601", "plumbing", Urgency.NORMAL, "Kitchen tap LEAK (cold)",
                june(5), Map.of(DeadlineKind.RESPONSE, minutes(30)));
        cancelled.accept(AGENT_CHEN, june(5).plus(minutes(10)));
        cancelled.cancel(AGENT_CHEN, "重复报修", june(5).plus(hours(1)));

        WorkOrder inMay = submitted(community, "unit-1502", "plumbing", Urgency.NORMAL, "阳台地漏堵塞",
                Instant.parse("2025-05-20T00:00:00Z"), Map.of());
        WorkOrder elsewhere = submitted("community-elsewhere", "unit-1502", "plumbing", Urgency.NORMAL, "厨房水管漏水",
                june(2), Map.of(DeadlineKind.RESPONSE, minutes(30)));

        return Map.of("fixed", stored(fixed), "fixedTwice", stored(fixedTwice), "unanswered", stored(unanswered),
                "cancelled", stored(cancelled), "inMay", stored(inMay), "elsewhere", stored(elsewhere));
    }

    TestHttp.Response kpis(String token, String query) {
        return http.get("/api/v1/ticket-reports/kpis?communityId=" + community + query, token);
    }

    TestHttp.Response search(String token, String query) {
        return http.get("/api/v1/ticket-reports/search?communityId=" + community + query, token);
    }

    List<String> found(String query) {
        TestHttp.Response response = search(supervisor(), query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json("$.items[*].id");
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo(code);
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void countsJunesKpisForTheCommunity() {
        june();

        var report = kpis(supervisor(), "&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.<String>json("$.asOf")).isEqualTo("2025-07-01T00:00:00Z");
        assertThat(report.<List<String>>json("$.groups[*].key")).containsExactly(community);
        assertThat(report.<Map<String, Object>>json("$.groups[0].counts")).isEqualTo(Map.of(
                "submitted", 4, "resolved", 2, "closed", 1, "cancelled", 1, "open", 2));
        // accepted after 10, 40 and 10 minutes; on site after 1 h and 2 h; resolved after 3 h and, finally, 28 h
        assertThat(report.<Map<String, Object>>json("$.groups[0].response")).isEqualTo(Map.of(
                "count", 3, "averageSeconds", 1200, "p90Seconds", 2400));
        assertThat(report.<Map<String, Object>>json("$.groups[0].arrival")).isEqualTo(Map.of(
                "count", 2, "averageSeconds", 5400, "p90Seconds", 7200));
        assertThat(report.<Map<String, Object>>json("$.groups[0].resolution")).isEqualTo(Map.of(
                "count", 2, "averageSeconds", 55_800, "p90Seconds", 100_800));
        // responses in time: the first fix and the cancelled one; late: the second, never: the unanswered lift
        assertThat(report.<Map<String, Object>>json("$.groups[0].onTime.RESPONSE")).isEqualTo(Map.of(
                "count", 2, "of", 4, "rate", 0.5));
        assertThat(report.<Map<String, Object>>json("$.groups[0].onTime.ARRIVAL")).isEqualTo(Map.of(
                "count", 1, "of", 1, "rate", 1.0));
        assertThat(report.<Map<String, Object>>json("$.groups[0].onTime.RESOLUTION")).isEqualTo(Map.of(
                "count", 2, "of", 2, "rate", 1.0));
        assertThat(report.<Map<String, Object>>json("$.groups[0].firstTimeFix")).isEqualTo(Map.of(
                "count", 1, "of", 2, "rate", 0.5));
        assertThat(report.<Map<String, Object>>json("$.groups[0].reopens")).isEqualTo(Map.of(
                "count", 1, "of", 3, "rate", 0.3333));
        // the lift since June 4th, and a blocked drain reported in May
        assertThat(report.<Map<String, Object>>json("$.groups[0].backlog")).isEqualTo(Map.of(
                "underOneDay", 0, "oneToThreeDays", 0, "threeToSevenDays", 0, "sevenDaysOrMore", 2, "total", 2));
        assertThat(report.<List<Object>>json("$.highFrequency.units")).isEqualTo(List.of(
                Map.of("key", "unit-1502", "requests", 3)));
        assertThat(report.<List<Object>>json("$.highFrequency.categories")).isEqualTo(List.of(
                Map.of("key", "plumbing", "requests", 3)));
    }

    @Test
    void breaksTheKpisDownByTechnician() {
        june();

        var report = kpis(supervisor(), "&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z&groupBy=technician&minRequests=4");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.<String>json("$.groupBy")).isEqualTo("technician");
        assertThat(report.<List<String>>json("$.groups[*].key")).containsExactly("tech-wang", null);
        assertThat(report.<Integer>json("$.groups[0].counts.resolved")).isEqualTo(2);
        assertThat(report.<Integer>json("$.groups[1].counts.open")).isEqualTo(2);
        assertThat(report.<List<Object>>json("$.highFrequency.units")).isEmpty();
    }

    @Test
    void staffFindTheirCommunitysWorkOrdersNewestFirst() {
        Map<String, WorkOrder> june = june();
        String fixed = june.get("fixed").id();
        String fixedTwice = june.get("fixedTwice").id();
        String unanswered = june.get("unanswered").id();
        String cancelled = june.get("cancelled").id();

        assertThat(found("")).containsExactly(cancelled, unanswered, fixedTwice, fixed, june.get("inMay").id());
        var secondPage = search(supervisor(), "&page=1&size=2");
        assertThat(secondPage.<List<String>>json("$.items[*].id")).containsExactly(fixedTwice, fixed);
        assertThat(secondPage.<Integer>json("$.total")).isEqualTo(5);

        assertThat(found("&overdue=true")).containsExactly(unanswered);
        assertThat(search(supervisor(), "&overdue=true").<Boolean>json("$.items[0].overdue")).isTrue();
        assertThat(found("&overdue=false")).hasSize(4).doesNotContain(unanswered);
        assertThat(found("&status=SUBMITTED")).containsExactly(unanswered, june.get("inMay").id());
        assertThat(found("&urgency=EMERGENCY&category=elevator&kind=REPAIR")).containsExactly(unanswered);
        assertThat(found("&unitId=unit-1601")).containsExactly(cancelled);
        assertThat(found("&assigneeId=tech-wang")).containsExactly(fixedTwice, fixed);
        assertThat(found("&accountableAgentId=agent-chen")).containsExactly(cancelled);
        assertThat(found("&createdFrom=2025-06-03T00:00:00Z&createdTo=2025-06-05T00:00:00Z"))
                .containsExactly(unanswered, fixedTwice);
        assertThat(found("&text=" + encoded("异响"))).containsExactly(unanswered);
        assertThat(found("&text=" + encoded("leak (COLD"))).containsExactly(cancelled);
        assertThat(found("&text=" + encoded("业主报修"))).hasSize(5);
        assertThat(found("&text=" + encoded(".*"))).isEmpty();
        assertThat(found("&text=" + encoded("(["))).isEmpty();
    }

    @Test
    void aHoldStopsTheClockOfDeadlinesStillAhead() {
        WorkOrder heldInTime = submitted(community, "unit-1502", "plumbing", Urgency.NORMAL, "热水器故障", june(6),
                Map.of(DeadlineKind.RESOLUTION, hours(4)));
        onSite(heldInTime, AGENT_LI, minutes(5), WANG, hours(1));
        heldInTime.hold(WANG, "等待配件", june(6).plus(hours(2)));
        WorkOrder heldTooLate = submitted(community, "unit-1601", "plumbing", Urgency.NORMAL, "热水器故障", june(6),
                Map.of(DeadlineKind.RESOLUTION, hours(2)));
        onSite(heldTooLate, AGENT_LI, minutes(5), WANG, hours(1));
        heldTooLate.hold(WANG, "等待配件", june(6).plus(hours(3)));
        stored(heldInTime);
        String late = stored(heldTooLate).id();

        assertThat(found("&overdue=true")).containsExactly(late);
        assertThat(found("&status=ON_HOLD&overdue=false")).containsExactly(heldInTime.id());
    }

    @Test
    void staffOfAnotherCommunityFindNothingThere() {
        june();
        String foreignSupervisor = TestTokens.staff("supervisor-far", "SUPERVISOR", "community-elsewhere").token();
        String foreignAdmin = TestTokens.staff("admin-far", "ADMIN", "community-elsewhere").token();

        assertProblem(search(foreignSupervisor, ""), 404, "not-found");
        assertProblem(kpis(foreignAdmin, "&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z"), 404, "not-found");
        var elsewhere = http.get("/api/v1/ticket-reports/kpis?communityId=community-elsewhere"
                + "&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z", foreignAdmin);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
        assertThat(elsewhere.<Integer>json("$.groups[0].counts.submitted")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void customerServiceSearchesButDoesNotReadKpis() {
        String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", community).token();

        assertThat(search(agent, "").status()).isEqualTo(200);
        assertProblem(kpis(agent, "&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z"), 403, "forbidden");
    }

    @Test
    void badPeriodsAndParametersAreProblems() {
        String supervisor = supervisor();

        assertProblem(kpis(supervisor, "&from=2025-06-01T00:00:00Z&to=2025-06-01T00:00:00Z"), 422, "invalid-period");
        assertProblem(kpis(supervisor, "&from=2025-01-01T00:00:00Z&to=2026-02-01T00:00:00Z"), 422, "period-too-long");
        assertProblem(kpis(supervisor, "&to=2025-07-01T00:00:00Z"), 400, "bad-request");
        assertProblem(kpis(supervisor, "&from=June&to=2025-07-01T00:00:00Z"), 400, "invalid-parameter");
        assertProblem(kpis(supervisor, "&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z&groupBy=team"), 400,
                "validation-failed");
        assertProblem(kpis(supervisor, "&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00Z&minRequests=1"), 400,
                "validation-failed");
        assertProblem(search(supervisor, "&createdFrom=2025-06-05T00:00:00Z&createdTo=2025-06-01T00:00:00Z"), 422,
                "invalid-period");
        assertProblem(search(supervisor, "&status=LOST"), 400, "invalid-parameter");
        assertProblem(search(supervisor, "&size=101"), 400, "validation-failed");
    }
}
