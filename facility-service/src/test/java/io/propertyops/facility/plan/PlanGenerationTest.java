package io.propertyops.facility.plan;

import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.MeterTrigger;
import io.propertyops.facility.plan.domain.Occurrence;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.facility.plan.domain.Window;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanGenerationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration HORIZON = Duration.ofDays(62);
    static final Duration CATCH_UP = Duration.ofDays(2);

    static Plan pumpMaintenance(Schedule schedule, Duration leadTime, String from) {
        return Plan.define("plan-pump", "community-lakeside", "2号生活水泵保养", PlanKind.MAINTENANCE,
                Target.equipment("equipment-pump-2", Location.of(LocationKind.COMMON_AREA, "area-pump-room"), "3号楼 水泵房"),
                "plumbing", schedule, new Window(LocalTime.of(9, 0), Duration.ofHours(8)), leadTime, List.of("tech-wang"),
                "sup-li", Checklist.empty(), null, LocalDate.parse(from), null);
    }

    static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Plan.Generation generate(Plan plan, String at) {
        return plan.generate(shanghai(at), SHANGHAI, HORIZON, CATCH_UP, 400);
    }

    static List<String> dates(Plan.Generation generation) {
        return generation.occurrences().stream().map(o -> o.date().toString()).toList();
    }

    @Test
    void generatesEachOccurrenceLeadTimeBeforeItsWindowOpensAndNeverTwice() {
        Plan plan = pumpMaintenance(Schedule.monthly(1), Duration.ofDays(3), "2027-01-01");
        assertThat(plan.nextGenerateAt(SHANGHAI)).contains(shanghai("2026-12-29T09:00"));

        assertThat(dates(generate(plan, "2026-12-29T08:59"))).isEmpty();
        Plan.Generation first = generate(plan, "2026-12-29T09:00");
        assertThat(dates(first)).containsExactly("2027-01-01");
        assertThat(first.occurrences().getFirst().windowStart()).isEqualTo(shanghai("2027-01-01T09:00"));
        assertThat(first.occurrences().getFirst().windowEnd()).isEqualTo(shanghai("2027-01-01T17:00"));

        Plan after = first.after();
        assertThat(dates(generate(after, "2027-01-20T00:00"))).as("generated once").isEmpty();
        assertThat(after.nextGenerateAt(SHANGHAI)).contains(shanghai("2027-01-29T09:00"));
    }

    @Test
    void aPlanThatStartsInThePastPassesOverOccurrencesWhoseWindowClosedLongAgo() {
        Plan daily = pumpMaintenance(Schedule.daily(), Duration.ZERO, "2026-01-01");
        Plan.Generation generation = generate(daily, "2027-03-10T10:00");
        // the window of 7 March closed 2 days and 17 hours ago, past the 2 days' catch-up; that of 8 March less
        assertThat(dates(generation)).containsExactly("2027-03-08", "2027-03-09", "2027-03-10");
        assertThat(generation.after().progress().generatedThrough()).hasToString("2027-03-10");
    }

    @Test
    void aLongLeadTimeGeneratesUpToTheHorizonOnly() {
        Plan daily = pumpMaintenance(Schedule.daily(), Duration.ofDays(90), "2027-03-01");
        Plan.Generation generation = daily.generate(shanghai("2027-03-01T08:00"), SHANGHAI, Duration.ofDays(31), CATCH_UP, 400);
        assertThat(dates(generation)).hasSize(32).startsWith("2027-03-01").endsWith("2027-04-01");
    }

    @Test
    void aFloatingPlanWaitsForItsOpenTaskAndCountsTheNextFromALateCompletion() {
        Plan plan = pumpMaintenance(Schedule.every(30, Schedule.IntervalUnit.DAYS).floating(), Duration.ofDays(1), "2027-01-10");
        Plan.Generation first = generate(plan, "2027-01-09T09:00");
        assertThat(dates(first)).containsExactly("2027-01-10");
        Plan open = first.after();
        assertThat(open.progress().openTaskId()).isEqualTo(PlanTask.idOf("plan-pump", LocalDate.parse("2027-01-10")));
        assertThat(open.nextGenerateAt(SHANGHAI)).as("waits for its open task").isEmpty();
        assertThat(dates(generate(open, "2027-02-15T09:00"))).isEmpty();

        // done ten days late: the next falls 30 days after the completion, not after the planned date
        Plan done = open.completed(open.progress().openTaskId(), LocalDate.parse("2027-01-20"));
        assertThat(done.nextGenerateAt(SHANGHAI)).contains(shanghai("2027-02-18T09:00"));
        assertThat(dates(generate(done, "2027-02-18T09:00"))).containsExactly("2027-02-19");
        Plan fixed = pumpMaintenance(Schedule.every(30, Schedule.IntervalUnit.DAYS), Duration.ofDays(1), "2027-01-10");
        assertThat(fixed.plannedDates(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-03-01")))
                .extracting(LocalDate::toString).as("FIXED counts from the planned dates")
                .containsExactly("2027-01-10", "2027-02-09");
    }

    @Test
    void aFloatingTaskDoneBeforeItsDayDoesNotComeBackAsTheSameTask() {
        Plan plan = pumpMaintenance(Schedule.daily().floating(), Duration.ofDays(1), "2027-01-10");
        Plan open = generate(plan, "2027-01-09T09:00").after();
        Plan done = open.completed(open.progress().openTaskId(), LocalDate.parse("2027-01-09"));
        assertThat(dates(generate(done, "2027-01-10T09:00"))).containsExactly("2027-01-11");
    }

    @Test
    void aMeterReadingPastTheThresholdMakesAnOccurrenceDueWhicheverComesFirst() {
        Plan plan = new Plan("plan-pump", "community-lakeside", "2号生活水泵保养", PlanKind.MAINTENANCE,
                Target.equipment("equipment-pump-2", Location.of(LocationKind.COMMON_AREA, "area-pump-room"), "水泵房"),
                "plumbing", Schedule.every(3, Schedule.IntervalUnit.MONTHS).floating(),
                new Window(LocalTime.of(9, 0), Duration.ofHours(8)), Duration.ZERO, List.of(), null, Checklist.empty(),
                new MeterTrigger("meter-pump-2-hours", new BigDecimal("2000"), "h"), true, LocalDate.parse("2027-01-10"),
                null, 1, 0, null);
        Plan open = generate(plan, "2027-01-10T09:00").after();
        Plan done = open.completed(open.progress().openTaskId(), LocalDate.parse("2027-01-10"));
        assertThat(done.nextGenerateAt(SHANGHAI)).contains(shanghai("2027-04-10T09:00"));

        Plan read = done.meterRead(new BigDecimal("10000"), LocalDate.parse("2027-01-11"))
                .meterRead(new BigDecimal("11999"), LocalDate.parse("2027-02-20"));
        assertThat(read.nextGenerateAt(SHANGHAI)).as("below the threshold").contains(shanghai("2027-04-10T09:00"));
        Plan due = read.meterRead(new BigDecimal("12000"), LocalDate.parse("2027-02-21"));
        assertThat(due.nextGenerateAt(SHANGHAI)).as("due at once").contains(Instant.EPOCH);

        // generated after the day's window closed: the next day's window
        Plan.Generation generation = generate(due, "2027-02-21T18:00");
        assertThat(generation.occurrences()).singleElement().satisfies(o -> {
            assertThat(o.date()).hasToString("2027-02-22");
            assertThat(o.trigger()).isEqualTo(Occurrence.Trigger.METER);
        });
        assertThat(generation.after().progress().meterBaseline()).isEqualByComparingTo("12000");
        assertThat(generation.after().progress().meterDueOn()).isNull();
        assertThatThrownBy(() -> due.meterRead(new BigDecimal("11000"), LocalDate.parse("2027-02-22")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("never goes down");
    }

    @Test
    void aPausedPlanGeneratesNothingAndAPlanEndsOnItsLastDay() {
        Plan plan = pumpMaintenance(Schedule.daily(), Duration.ZERO, "2027-03-01");
        assertThat(plan.paused().nextGenerateAt(SHANGHAI)).isEmpty();
        assertThat(dates(plan.paused().generate(shanghai("2027-03-01T10:00"), SHANGHAI, HORIZON, CATCH_UP, 400))).isEmpty();

        Plan ending = Plan.define("plan-short", "c", "短期", PlanKind.CLEANING,
                Target.place(Location.of(LocationKind.COMMON_AREA, "lobby"), "大堂"), "cleaning", Schedule.daily(),
                new Window(LocalTime.of(9, 0), Duration.ofHours(1)), Duration.ofDays(10), List.of(), null,
                Checklist.empty(), null, LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-03"));
        Plan.Generation generation = ending.generate(shanghai("2027-03-01T00:00"), SHANGHAI, HORIZON, CATCH_UP, 400);
        assertThat(dates(generation)).containsExactly("2027-03-01", "2027-03-02", "2027-03-03");
        assertThat(generation.after().nextGenerateAt(SHANGHAI)).isEmpty();
    }

    @Test
    void aNightWindowIsDueOnItsOwnDayInShanghaiWhateverTheUtcDate() {
        Plan night = Plan.define("plan-night", "c", "夜间巡检", PlanKind.CLEANING,
                Target.place(Location.of(LocationKind.COMMON_AREA, "garage"), "地库"), "cleaning", Schedule.daily(),
                new Window(LocalTime.of(1, 0), Duration.ofHours(2)), Duration.ZERO, List.of(), null, Checklist.empty(),
                null, LocalDate.parse("2027-03-02"), null);
        // 01:00 on 2 March in Shanghai is 17:00 on 1 March in UTC
        assertThat(night.nextGenerateAt(SHANGHAI)).contains(Instant.parse("2027-03-01T17:00:00Z"));
    }
}
