package io.propertyops.facility.plan;

import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

    static List<LocalDate> dates(Schedule schedule, String anchor, int count) {
        LocalDate start = LocalDate.parse(anchor);
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = schedule.firstOnOrAfter(start, start);
        while (dates.size() < count) {
            dates.add(date);
            date = schedule.firstAfter(start, date);
        }
        return dates;
    }

    @Test
    void monthlyOnThe31stFallsOnEachMonthsLastDayWhenShorter() {
        assertThat(dates(Schedule.monthly(31), "2027-01-01", 5)).extracting(LocalDate::toString)
                .containsExactly("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31");
        assertThat(dates(Schedule.monthly(30), "2028-01-31", 3)).extracting(LocalDate::toString)
                .as("a leap year's February").containsExactly("2028-02-29", "2028-03-30", "2028-04-30");
    }

    @Test
    void yearlyOnThe29thOfFebruaryFallsOnThe28thInCommonYears() {
        assertThat(dates(Schedule.yearly(2, 29), "2027-01-01", 4)).extracting(LocalDate::toString)
                .containsExactly("2027-02-28", "2028-02-29", "2029-02-28", "2030-02-28");
    }

    @Test
    void everyMonthFromThe31stIsCountedFromTheAnchorSoAShortMonthDoesNotShortenTheNext() {
        assertThat(dates(Schedule.every(1, Schedule.IntervalUnit.MONTHS), "2027-01-31", 4)).extracting(LocalDate::toString)
                .containsExactly("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30");
        assertThat(dates(Schedule.every(3, Schedule.IntervalUnit.MONTHS), "2027-11-30", 3)).extracting(LocalDate::toString)
                .containsExactly("2027-11-30", "2028-02-29", "2028-05-30");
        assertThat(Schedule.every(3, Schedule.IntervalUnit.MONTHS).firstOnOrAfter(LocalDate.parse("2027-01-31"),
                LocalDate.parse("2029-06-01"))).hasToString("2029-07-31");
    }

    @Test
    void everyNDaysAndWeeksCountFromTheAnchor() {
        assertThat(dates(Schedule.every(10, Schedule.IntervalUnit.DAYS), "2027-02-25", 3)).extracting(LocalDate::toString)
                .containsExactly("2027-02-25", "2027-03-07", "2027-03-17");
        assertThat(Schedule.every(2, Schedule.IntervalUnit.WEEKS).firstOnOrAfter(LocalDate.parse("2027-03-01"),
                LocalDate.parse("2027-03-09"))).hasToString("2027-03-15");
    }

    @Test
    void weeklyFallsOnItsDaysOnly() {
        assertThat(dates(Schedule.weekly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "2027-03-03", 4))
                .extracting(LocalDate::toString).containsExactly("2027-03-04", "2027-03-08", "2027-03-11", "2027-03-15");
    }

    @Test
    void aFloatingScheduleFallsOneIntervalAfterTheCompletion() {
        assertThat(Schedule.monthly(1).floating().oneIntervalAfter(LocalDate.parse("2027-01-31"))).hasToString("2027-02-28");
        assertThat(Schedule.every(30, Schedule.IntervalUnit.DAYS).floating().oneIntervalAfter(LocalDate.parse("2027-01-20")))
                .hasToString("2027-02-19");
    }

    @Test
    void refusesSchedulesThatDoNotSayWhen() {
        assertThatThrownBy(() -> new Schedule(Schedule.Frequency.WEEKLY, null, null, null, null, null, null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> Schedule.yearly(4, 31)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Schedule.every(0, Schedule.IntervalUnit.DAYS)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Schedule.weekly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).floating())
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("floating");
    }
}
