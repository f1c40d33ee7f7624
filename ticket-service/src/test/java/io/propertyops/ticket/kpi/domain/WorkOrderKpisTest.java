package io.propertyops.ticket.kpi.domain;

import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static io.propertyops.ticket.kpi.domain.ReportedWorkOrders.COMMUNITY;
import static io.propertyops.ticket.kpi.domain.ReportedWorkOrders.days;
import static io.propertyops.ticket.kpi.domain.ReportedWorkOrders.hours;
import static io.propertyops.ticket.kpi.domain.ReportedWorkOrders.minutes;
import static io.propertyops.ticket.kpi.domain.ReportedWorkOrders.repair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderKpisTest {

    static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");
    static final ReportingPeriod NOVEMBER = new ReportingPeriod(NOV_1, DEC_1);
    static final ReportingPeriod OCTOBER = new ReportingPeriod(Instant.parse("2026-10-01T00:00:00Z"), NOV_1);
    static final ReportingPeriod DECEMBER = new ReportingPeriod(DEC_1, Instant.parse("2027-01-01T00:00:00Z"));
    static final Instant LATER = Instant.parse("2027-01-10T00:00:00Z");

    static Instant nov(int day, int hour) {
        return NOV_1.plus(days(day - 1)).plus(hours(hour));
    }

    static KpiReport report(ReportingPeriod period, GroupBy groupBy, Instant now, ReportedWorkOrders... workOrders) {
        return WorkOrderKpis.report(COMMUNITY, List.of(workOrders).stream().map(ReportedWorkOrders::build).toList(),
                period, groupBy, 3, now);
    }

    static KpiFigures community(ReportingPeriod period, Instant now, ReportedWorkOrders... workOrders) {
        KpiReport report = report(period, GroupBy.COMMUNITY, now, workOrders);
        assertThat(report.groups()).hasSize(1);
        return report.groups().getFirst();
    }

    /** Fixed first time. */
    static ReportedWorkOrders leakFixedInThreeHours() {
        return repair("a", nov(2, 0)).accepted(minutes(10), "agent-li").dispatched(minutes(15), "tech-wang")
                .started(hours(1)).resolved(hours(3));
    }

    /** Resolved, rejected by the owner, fixed again by another technician the next day. */
    static ReportedWorkOrders leakFixedTwice() {
        return repair("b", nov(3, 0)).accepted(minutes(30), "agent-li").dispatched(minutes(40), "tech-zhao")
                .started(hours(2)).resolved(hours(5)).reopened(days(1)).dispatched(hours(25), "tech-wang")
                .started(hours(26)).resolved(hours(28));
    }

    static ReportedWorkOrders acceptedAndWaiting() {
        return repair("c", nov(4, 0)).accepted(minutes(50), "agent-chen");
    }

    @Test
    void theP90IsTheNearestRankAndTheAverageTheMean() {
        List<Duration> oneToTen = LongStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();
        assertThat(ServiceTime.of(oneToTen)).isEqualTo(new ServiceTime(10, Duration.ofSeconds(330), minutes(9)));

        List<Duration> oneToEleven = LongStream.rangeClosed(1, 11).mapToObj(Duration::ofMinutes).toList();
        assertThat(ServiceTime.of(oneToEleven)).isEqualTo(new ServiceTime(11, minutes(6), minutes(10)));

        assertThat(ServiceTime.of(List.of(hours(7), minutes(5)))).isEqualTo(new ServiceTime(2, Duration.ofSeconds(12_750), hours(7)));
        assertThat(ServiceTime.of(List.of(minutes(3)))).isEqualTo(new ServiceTime(1, minutes(3), minutes(3)));
        assertThat(ServiceTime.of(List.of())).isEqualTo(new ServiceTime(0, null, null));
    }

    @Test
    void measuresResponseArrivalAndResolutionFromSubmission() {
        KpiFigures november = community(NOVEMBER, LATER, leakFixedInThreeHours(), leakFixedTwice(), acceptedAndWaiting());

        // accepted after 10, 30 and 50 minutes
        assertThat(november.response()).isEqualTo(new ServiceTime(3, minutes(30), minutes(50)));
        // on site after 1 h and, the first time, 2 h
        assertThat(november.arrival()).isEqualTo(new ServiceTime(2, minutes(90), hours(2)));
        // resolved after 3 h, and the twice-fixed one finally after 28 h
        assertThat(november.resolution()).isEqualTo(new ServiceTime(2, minutes(930), hours(28)));
        assertThat(november.counts()).isEqualTo(new Counts(3, 2, 0, 0, 1));
    }

    @Test
    void firstTimeFixCountsWorkOrdersAndReopensCountResolutions() {
        KpiFigures november = community(NOVEMBER, LATER, leakFixedInThreeHours(), leakFixedTwice(), acceptedAndWaiting());

        assertThat(november.firstTimeFix()).isEqualTo(new Share(1, 2));
        assertThat(november.firstTimeFix().rate()).isEqualTo(0.5);
        assertThat(november.reopens()).isEqualTo(new Share(1, 3));
    }

    @Test
    void aFactCountsInThePeriodItHappenedInAndThePeriodEndIsExclusive() {
        ReportedWorkOrders lateOnHalloween = repair("d", Instant.parse("2026-10-31T23:00:00Z")).accepted(minutes(90), "agent-li");
        ReportedWorkOrders resolvedAtMidnight = repair("e", Instant.parse("2026-11-30T20:00:00Z")).accepted(hours(1), "agent-li")
                .dispatched(minutes(70), "tech-wang").started(hours(2)).resolved(hours(4));

        KpiFigures november = community(NOVEMBER, LATER, lateOnHalloween, resolvedAtMidnight);
        KpiFigures october = community(OCTOBER, LATER, lateOnHalloween, resolvedAtMidnight);
        KpiFigures december = community(DECEMBER, LATER, lateOnHalloween, resolvedAtMidnight);

        assertThat(november.counts()).isEqualTo(new Counts(1, 0, 0, 0, 2));
        assertThat(november.response()).isEqualTo(new ServiceTime(2, minutes(75), minutes(90)));
        assertThat(november.arrival()).isEqualTo(new ServiceTime(1, hours(2), hours(2)));
        assertThat(november.resolution().count()).isZero();
        assertThat(november.backlog()).isEqualTo(new Backlog(1, 0, 0, 1));
        assertThat(october.counts()).isEqualTo(new Counts(1, 0, 0, 0, 1));
        assertThat(october.response().count()).isZero();
        assertThat(december.counts()).isEqualTo(new Counts(0, 1, 0, 0, 1));
        assertThat(december.resolution()).isEqualTo(new ServiceTime(1, hours(4), hours(4)));
    }

    @Test
    void onTimeRatesCountMetDeadlinesWhenMetAndBreachesWhenTheyFellDue() {
        ReportedWorkOrders acceptedInTime = repair("w1", nov(2, 0)).due(DeadlineKind.RESPONSE, minutes(15)).accepted(minutes(10), "agent-li");
        ReportedWorkOrders acceptedLate = repair("w2", nov(2, 1)).due(DeadlineKind.RESPONSE, minutes(15)).accepted(minutes(30), "agent-li");
        ReportedWorkOrders neverAccepted = repair("w3", Instant.parse("2026-11-30T23:00:00Z")).due(DeadlineKind.RESPONSE, minutes(50));
        ReportedWorkOrders heldBeforeItsDeadline = repair("w4", nov(3, 0)).due(DeadlineKind.RESPONSE, minutes(15))
                .due(DeadlineKind.ARRIVAL, hours(1)).due(DeadlineKind.RESOLUTION, hours(2))
                .accepted(minutes(5), "agent-li").dispatched(minutes(6), "tech-wang").started(minutes(10)).paused(hours(1));
        ReportedWorkOrders heldAfterItsDeadline = repair("w5", nov(4, 0)).due(DeadlineKind.RESOLUTION, hours(2))
                .accepted(minutes(5), "agent-li").dispatched(minutes(6), "tech-wang").started(minutes(10)).paused(hours(3));
        ReportedWorkOrders cancelledInTime = repair("w6", nov(5, 0)).due(DeadlineKind.RESPONSE, minutes(15)).cancelled(minutes(10));
        ReportedWorkOrders resolvedEarly = repair("w7", nov(20, 0)).due(DeadlineKind.RESOLUTION, days(15))
                .accepted(minutes(5), "agent-li").dispatched(minutes(6), "tech-wang").started(hours(1)).resolved(hours(2));
        ReportedWorkOrders breachedInOctober = repair("w8", Instant.parse("2026-10-31T23:00:00Z")).due(DeadlineKind.RESPONSE, minutes(15))
                .accepted(hours(2), "agent-li");
        ReportedWorkOrders[] all = {acceptedInTime, acceptedLate, neverAccepted, heldBeforeItsDeadline, heldAfterItsDeadline,
                cancelledInTime, resolvedEarly, breachedInOctober};

        KpiFigures november = community(NOVEMBER, LATER, all);

        // in time: w1, w4; breached: w2 (late), w3 (never); w6 was cancelled before its deadline, w8 breached in October
        assertThat(november.onTime().get(DeadlineKind.RESPONSE)).isEqualTo(new Share(2, 4));
        assertThat(november.onTime().get(DeadlineKind.ARRIVAL)).isEqualTo(new Share(1, 1));
        // in time: w7 (due in December); breached: w5, held only after its deadline; w4's moves when work resumes
        assertThat(november.onTime().get(DeadlineKind.RESOLUTION)).isEqualTo(new Share(1, 2));
        assertThat(november.onTime()).doesNotContainKey(DeadlineKind.REPLY);
        assertThat(community(OCTOBER, LATER, all).onTime()).containsExactlyEntriesOf(
                Map.of(DeadlineKind.RESPONSE, new Share(0, 1)));
        assertThat(community(DECEMBER, LATER, all).onTime()).isEmpty();
    }

    @Test
    void aDeadlineStillAheadIsNotCountedYet() {
        ReportedWorkOrders justReported = repair("w3", Instant.parse("2026-11-30T23:00:00Z")).due(DeadlineKind.RESPONSE, minutes(50));

        assertThat(community(NOVEMBER, Instant.parse("2026-11-30T23:30:00Z"), justReported).onTime()).isEmpty();
        assertThat(community(NOVEMBER, Instant.parse("2026-11-30T23:51:00Z"), justReported).onTime())
                .containsEntry(DeadlineKind.RESPONSE, new Share(0, 1));
    }

    @Test
    void theBacklogIsTheOpenWorkByAgeWhenThePeriodEnds() {
        KpiFigures november = community(NOVEMBER, LATER,
                repair("2h", DEC_1.minus(hours(2))).accepted(minutes(5), "agent-li"),
                repair("1d", DEC_1.minus(days(1))),
                repair("2d23h", DEC_1.minus(days(3)).plus(hours(1))).accepted(minutes(5), "agent-li"),
                repair("3d", DEC_1.minus(days(3))),
                repair("6d23h", DEC_1.minus(days(7)).plus(minutes(1))),
                repair("7d", DEC_1.minus(days(7))),
                repair("30d", DEC_1.minus(days(30))),
                repair("reopened", DEC_1.minus(days(10))).accepted(minutes(5), "agent-li").dispatched(minutes(6), "tech-wang")
                        .started(hours(1)).resolved(hours(2)).reopened(days(1)),
                repair("resolved", DEC_1.minus(days(5))).accepted(minutes(5), "agent-li").dispatched(minutes(6), "tech-wang")
                        .started(hours(1)).resolved(hours(2)),
                repair("cancelled", DEC_1.minus(days(5))).cancelled(hours(1)),
                repair("fixed-in-december", DEC_1.minus(days(2))).accepted(minutes(5), "agent-li")
                        .dispatched(minutes(6), "tech-wang").started(days(2).plus(hours(1))).resolved(days(2).plus(hours(2))));

        assertThat(november.backlog()).isEqualTo(new Backlog(1, 3, 2, 3));
        assertThat(november.counts().open()).isEqualTo(9);
    }

    @Test
    void whileThePeriodRunsTheBacklogIsTakenNow() {
        Instant midNovember = nov(15, 0);

        KpiReport report = report(NOVEMBER, GroupBy.COMMUNITY, midNovember, repair("new", nov(14, 12)));

        assertThat(report.asOf()).isEqualTo(midNovember);
        assertThat(report.groups().getFirst().backlog()).isEqualTo(new Backlog(1, 0, 0, 0));
    }

    @Test
    void unitsAndCategoriesWithRecurringRequestsComeMostFirst() {
        KpiReport report = report(NOVEMBER, GroupBy.COMMUNITY, LATER,
                repair("1", nov(1, 1)).unit("u1"), repair("2", nov(2, 1)).unit("u1"),
                repair("3", nov(3, 1)).unit("u1").category("electrical"),
                repair("4", nov(4, 1)).unit("u2"), repair("5", nov(5, 1)).unit("u2"),
                repair("6", Instant.parse("2026-10-20T00:00:00Z")).unit("u2"),
                repair("7", nov(6, 1)).unit("u3").category("elevator"), repair("8", nov(7, 1)).unit("u3").category("elevator"),
                repair("9", nov(8, 1)).unit("u3").category("elevator"), repair("10", nov(9, 1)).unit("u3").category("elevator"),
                repair("11", nov(10, 1)).unit(null).category("cleaning"), repair("12", nov(11, 1)).unit(null).category("cleaning"),
                repair("13", nov(12, 1)).unit(null).category("cleaning"));

        assertThat(report.highFrequency()).isEqualTo(new HighFrequency(3,
                List.of(new Recurring("u3", 4), new Recurring("u1", 3)),
                List.of(new Recurring("elevator", 4), new Recurring("plumbing", 4), new Recurring("cleaning", 3))));
    }

    @Test
    void byTechnicianEachWorkOrderGoesToTheLastOneDispatchedBeforeThePeriodEnded() {
        ReportedWorkOrders transferredInDecember = repair("f", nov(29, 0)).accepted(minutes(5), "agent-chen")
                .dispatched(minutes(10), "tech-zhao").transferred(days(3), "tech-qian");

        KpiReport report = report(NOVEMBER, GroupBy.TECHNICIAN, LATER, leakFixedInThreeHours(), leakFixedTwice(),
                acceptedAndWaiting(), transferredInDecember);

        assertThat(report.groups()).extracting(KpiFigures::key).containsExactly("tech-wang", "tech-zhao", null);
        KpiFigures wang = report.groups().getFirst();
        assertThat(wang.counts()).isEqualTo(new Counts(2, 2, 0, 0, 0));
        assertThat(wang.firstTimeFix()).isEqualTo(new Share(1, 2));
        assertThat(report.groups().get(1).counts().open()).isEqualTo(1);
        assertThat(report.groups().get(2).counts()).isEqualTo(new Counts(1, 0, 0, 0, 1));
    }

    @Test
    void byAgentEachWorkOrderGoesToWhoAcceptedIt() {
        KpiReport report = report(NOVEMBER, GroupBy.AGENT, LATER, leakFixedInThreeHours(), leakFixedTwice(),
                acceptedAndWaiting(), repair("new", nov(30, 0)));

        assertThat(report.groups()).extracting(KpiFigures::key).containsExactly("agent-chen", "agent-li", null);
        assertThat(report.groups().get(1).response()).isEqualTo(new ServiceTime(2, minutes(20), minutes(30)));
    }

    @Test
    void aCommunityWithoutWorkOrdersHasOneGroupOfZeros() {
        KpiFigures figures = community(NOVEMBER, LATER);

        assertThat(figures.key()).isEqualTo(COMMUNITY);
        assertThat(figures.counts()).isEqualTo(new Counts(0, 0, 0, 0, 0));
        assertThat(figures.response()).isEqualTo(new ServiceTime(0, null, null));
        assertThat(figures.firstTimeFix().rate()).isNull();
        assertThat(figures.backlog().total()).isZero();
    }

    @Test
    void aPeriodEndsAfterItBeginsAndLastsAtMostAYear() {
        assertThatThrownBy(() -> new ReportingPeriod(NOV_1, NOV_1))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("invalid-period"));
        assertThatThrownBy(() -> new ReportingPeriod(DEC_1, NOV_1)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ReportingPeriod(NOV_1, NOV_1.plus(days(366)).plusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("period-too-long"));
        assertThat(new ReportingPeriod(NOV_1, NOV_1.plus(days(366))).contains(NOV_1)).isTrue();
    }

    @Test
    void overdueMeansAnUnmetDeadlinePassedWhileTheWorkOrderRuns() {
        Instant now = nov(10, 0);
        assertThat(repair("late", nov(9, 0)).due(DeadlineKind.RESPONSE, minutes(15)).build().isOverdueAt(now)).isTrue();
        assertThat(repair("ahead", nov(9, 23)).due(DeadlineKind.RESPONSE, hours(2)).build().isOverdueAt(now)).isFalse();
        assertThat(repair("met", nov(9, 0)).due(DeadlineKind.RESPONSE, minutes(15)).accepted(minutes(20), "agent-li")
                .build().isOverdueAt(now)).isFalse();
        assertThat(repair("held-in-time", nov(9, 0)).due(DeadlineKind.RESOLUTION, hours(4)).accepted(minutes(5), "agent-li")
                .dispatched(minutes(6), "tech-wang").started(hours(1)).paused(hours(2)).build().isOverdueAt(now)).isFalse();
        assertThat(repair("held-too-late", nov(9, 0)).due(DeadlineKind.RESOLUTION, hours(4)).accepted(minutes(5), "agent-li")
                .dispatched(minutes(6), "tech-wang").started(hours(1)).paused(hours(5)).build().isOverdueAt(now)).isTrue();
        assertThat(repair("cancelled", nov(9, 0)).due(DeadlineKind.RESPONSE, minutes(15)).cancelled(hours(1))
                .build().isOverdueAt(now)).isFalse();
    }
}
