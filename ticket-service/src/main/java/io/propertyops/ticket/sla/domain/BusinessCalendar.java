package io.propertyops.ticket.sla.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a community's service centre counts working time (工作时间): weekly hours, public holidays, and make-up
 * working days (调休: weekend dates declared working days, which work {@code makeUpDayHours}).
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> weeklyHours, Set<LocalDate> holidays,
                               Set<LocalDate> makeUpDays, WorkingHours makeUpDayHours) {

    /** Far beyond any real gap between working days; only a broken calendar gets here. */
    private static final int MAX_DAYS_SEARCHED = 10_000;

    public BusinessCalendar {
        if (zone == null) {
            throw new RuleViolationException("invalid-zone", "zone", "A calendar needs a time zone");
        }
        EnumMap<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        weeklyHours.forEach((day, hours) -> {
            if (hours != null) {
                week.put(day, hours);
            }
        });
        weeklyHours = Collections.unmodifiableMap(week);
        holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        makeUpDays = Collections.unmodifiableSet(new TreeSet<>(makeUpDays));
        if (weeklyHours.isEmpty()) {
            throw new RuleViolationException("no-working-hours", "weeklyHours", "At least one weekday needs working hours");
        }
        if (makeUpDayHours == null) {
            throw new RuleViolationException("invalid-working-hours", "makeUpDayHours", "Make-up working days need hours");
        }
        for (LocalDate date : makeUpDays) {
            if (holidays.contains(date)) {
                throw new RuleViolationException("holiday-and-make-up-day", "makeUpDays",
                        date + " cannot be both a holiday and a make-up working day");
            }
        }
    }

    /** The hours worked on a date, if it is a working day at all. */
    public Optional<WorkingHours> hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return Optional.empty();
        }
        if (makeUpDays.contains(date)) {
            return Optional.of(makeUpDayHours);
        }
        return Optional.ofNullable(weeklyHours.get(date.getDayOfWeek()));
    }

    /** The instant by which {@code workingTime} of working time has passed after {@code start}. */
    public Instant add(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Negative working time " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        Duration remaining = workingTime;
        LocalDate date = LocalDate.ofInstant(start, zone);
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++, date = date.plusDays(1)) {
            Optional<WorkingHours> hours = hoursOn(date);
            if (hours.isEmpty()) {
                continue;
            }
            Instant from = latest(start, opening(date, hours.get()));
            Instant until = closing(date, hours.get());
            if (from.isBefore(until)) {
                Duration available = Duration.between(from, until);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS_SEARCHED + " days of " + start);
    }

    /** The working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            Optional<WorkingHours> hours = hoursOn(date);
            if (hours.isPresent()) {
                Instant start = latest(from, opening(date, hours.get()));
                Instant end = earliest(to, closing(date, hours.get()));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Closing time of the first working day after the local date of {@code start}. */
    public Instant endOfNextWorkingDay(Instant start) {
        LocalDate date = LocalDate.ofInstant(start, zone);
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
            date = date.plusDays(1);
            Optional<WorkingHours> hours = hoursOn(date);
            if (hours.isPresent()) {
                return closing(date, hours.get());
            }
        }
        throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days of " + start);
    }

    private Instant opening(LocalDate date, WorkingHours hours) {
        return ZonedDateTime.of(date, hours.opens(), zone).toInstant();
    }

    private Instant closing(LocalDate date, WorkingHours hours) {
        return ZonedDateTime.of(date, hours.closes(), zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
