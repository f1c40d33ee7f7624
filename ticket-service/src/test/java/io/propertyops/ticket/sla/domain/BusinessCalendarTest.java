package io.propertyops.ticket.sla.domain;

import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static io.propertyops.ticket.sla.domain.Calendars.SHANGHAI;
import static io.propertyops.ticket.sla.domain.Calendars.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 2026-11-23 is a Monday; 2026-10-01..07 is the National Day holiday, 2026-10-10 (Saturday) a make-up working day. */
class BusinessCalendarTest {

    final BusinessCalendar calendar = Calendars.shanghai2026();

    @Test
    void workingTimeWithinTheDayIsClockTime() {
        assertThat(calendar.add(shanghai("2026-11-23T10:00"), Duration.ofHours(2))).isEqualTo(shanghai("2026-11-23T12:00"));
    }

    @Test
    void workingTimeLeftAtClosingCarriesOverTheNight() {
        assertThat(calendar.add(shanghai("2026-11-23T16:30"), Duration.ofHours(2))).isEqualTo(shanghai("2026-11-24T09:30"));
    }

    @Test
    void aStartBeforeOpeningCountsFromOpening() {
        assertThat(calendar.add(shanghai("2026-11-23T06:45"), Duration.ofMinutes(30))).isEqualTo(shanghai("2026-11-23T09:00"));
    }

    @Test
    void weekendsDoNotCount() {
        assertThat(calendar.add(shanghai("2026-11-27T17:00"), Duration.ofHours(1))).isEqualTo(shanghai("2026-11-30T09:00"));
        assertThat(calendar.add(shanghai("2026-11-28T10:00"), Duration.ofHours(2))).isEqualTo(shanghai("2026-11-30T10:30"));
    }

    @Test
    void publicHolidaysDoNotCount() {
        assertThat(calendar.add(shanghai("2026-09-30T17:00"), Duration.ofHours(1))).isEqualTo(shanghai("2026-10-08T09:00"));
    }

    @Test
    void makeUpWorkingDaysOnWeekendsCount() {
        assertThat(calendar.add(shanghai("2026-10-09T17:00"), Duration.ofHours(2))).isEqualTo(shanghai("2026-10-10T10:00"));
        assertThat(calendar.add(shanghai("2026-09-18T17:00"), Duration.ofHours(1))).isEqualTo(shanghai("2026-09-20T09:00"));
    }

    @Test
    void workingTimeBetweenCountsOnlyOpenHours() {
        assertThat(calendar.workingTimeBetween(shanghai("2026-11-27T16:30"), shanghai("2026-11-30T10:30")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(calendar.workingTimeBetween(shanghai("2026-09-30T16:30"), shanghai("2026-10-08T09:30")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.workingTimeBetween(shanghai("2026-11-28T08:00"), shanghai("2026-11-29T20:00"))).isZero();
        assertThat(calendar.workingTimeBetween(shanghai("2026-11-30T10:30"), shanghai("2026-11-27T16:30")))
                .isEqualTo(Duration.ofHours(-3));
    }

    @Test
    void addingTheWorkingTimeBetweenTwoWorkingInstantsLeadsFromOneToTheOther() {
        var from = shanghai("2026-09-29T11:15");
        var to = shanghai("2026-10-12T14:40");
        assertThat(calendar.add(from, calendar.workingTimeBetween(from, to))).isEqualTo(to);
    }

    @Test
    void theNextWorkingDayEndsAtItsClosingTime() {
        assertThat(calendar.endOfNextWorkingDay(shanghai("2026-11-26T10:00"))).isEqualTo(shanghai("2026-11-27T17:30"));
        assertThat(calendar.endOfNextWorkingDay(shanghai("2026-11-27T10:00"))).isEqualTo(shanghai("2026-11-30T17:30"));
        assertThat(calendar.endOfNextWorkingDay(shanghai("2026-11-28T23:00"))).isEqualTo(shanghai("2026-11-30T17:30"));
    }

    @Test
    void theNextWorkingDaySkipsHolidaysAndMayBeAMakeUpDay() {
        assertThat(calendar.endOfNextWorkingDay(shanghai("2026-09-30T10:00"))).isEqualTo(shanghai("2026-10-08T17:30"));
        assertThat(calendar.endOfNextWorkingDay(shanghai("2026-10-09T10:00"))).isEqualTo(shanghai("2026-10-10T17:30"));
    }

    @Test
    void hoursThatCloseBeforeTheyOpenAreRefused() {
        assertThatThrownBy(() -> WorkingHours.of("17:30", "08:30"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("invalid-working-hours"));
    }

    @Test
    void aDateCannotBeBothHolidayAndMakeUpDay() {
        LocalDate day = LocalDate.parse("2026-10-10");
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, Map.of(DayOfWeek.MONDAY, SlaDefaults.OFFICE_HOURS),
                Set.of(day), Set.of(day), SlaDefaults.OFFICE_HOURS))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("holiday-and-make-up-day"));
    }

    @Test
    void aCalendarWithoutWorkingHoursIsRefused() {
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, Map.of(), Set.of(), Set.of(), SlaDefaults.OFFICE_HOURS))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("no-working-hours"));
    }
}
