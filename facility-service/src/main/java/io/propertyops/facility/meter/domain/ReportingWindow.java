package io.propertyops.facility.meter.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The days of each month on which owners report their meters in the app (业主自报), per community: from
 * {@code dayFrom} to {@code dayTo}, both included; a reading reported then belongs to that month.
 */
public record ReportingWindow(String communityId, int dayFrom, int dayTo, long version) {

    public ReportingWindow {
        Objects.requireNonNull(communityId, "communityId");
        if (dayFrom < 1 || dayTo > 31 || dayFrom > dayTo) {
            throw new RuleViolationException("invalid-window", "dayFrom", "The window runs from day 1–31 to a day not before it");
        }
    }

    /** The window's days in a month; none when the month is too short for its first day (from the 30th in February). */
    public Optional<WindowMonth> in(YearMonth month) {
        return dayFrom > month.lengthOfMonth() ? Optional.empty() : Optional.of(new WindowMonth(communityId, month,
                month.atDay(dayFrom), month.atDay(Math.min(dayTo, month.lengthOfMonth()))));
    }

    /** Whether owners may report on this day (a window to the 31st ends with a shorter month). */
    public boolean isOpenOn(LocalDate day) {
        return day.getDayOfMonth() >= dayFrom && day.getDayOfMonth() <= Math.min(dayTo, day.lengthOfMonth());
    }
}
