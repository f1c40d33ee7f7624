package io.propertyops.facility.plan.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When on its day an occurrence must be done: from {@code start} (the community's local time) for {@code duration},
 * which may run past midnight (a night round) or over several days (a yearly service).
 */
public record Window(LocalTime start, Duration duration) {

    public static final Duration LONGEST = Duration.ofDays(31);

    public Window {
        if (start == null || duration == null || duration.isNegative() || duration.isZero()
                || duration.compareTo(LONGEST) > 0) {
            throw new RuleViolationException("invalid-window", "window", "a window starts at a time of day and lasts "
                    + "more than nothing and at most 31 days");
        }
    }

    public Instant opensOn(LocalDate date, ZoneId zone) {
        return date.atTime(start).atZone(zone).toInstant();
    }

    public Instant closesOn(LocalDate date, ZoneId zone) {
        return opensOn(date, zone).plus(duration);
    }
}
