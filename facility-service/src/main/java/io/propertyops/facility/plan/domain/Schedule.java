package io.propertyops.facility.plan.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a plan's occurrences fall, on the community's calendar. FIXED occurrences are counted from the plan's first
 * day ({@code anchor}, its effective-from date) whatever happens to them; FLOATING ones from the last completion: the
 * next is due one interval after the last was done, so a late completion moves every later occurrence with it.
 *
 * <p>Month ends are clamped, never rolled over: "monthly on the 31st" is due on 28 (or 29) February and 30 April,
 * "yearly on 29 February" on 28 February in common years, and "every month" from 31 January gives 28 February, then
 * 31 March (each counted from the anchor, so a short month does not shorten every later one).
 *
 * @param daysOfWeek WEEKLY: the days it falls on
 * @param dayOfMonth MONTHLY and YEARLY: the day of the month, 1–31 (clamped to the month's length)
 * @param month      YEARLY: the month, 1–12
 * @param every      EVERY_N: the number of units between occurrences, 1–366
 * @param unit       EVERY_N: days, weeks or months
 */
public record Schedule(Frequency frequency, Set<DayOfWeek> daysOfWeek, Integer dayOfMonth, Integer month,
                       Integer every, IntervalUnit unit, Anchoring anchoring) {

    /** How often. */
    public enum Frequency { DAILY, WEEKLY, MONTHLY, YEARLY, EVERY_N }

    /** The unit of an EVERY_N schedule. */
    public enum IntervalUnit { DAYS, WEEKS, MONTHS }

    /** Counted from the planned dates (FIXED) or from the last completion (FLOATING). */
    public enum Anchoring { FIXED, FLOATING }

    public Schedule {
        if (frequency == null) {
            throw invalid("frequency", "a schedule needs a frequency");
        }
        anchoring = anchoring == null ? Anchoring.FIXED : anchoring;
        daysOfWeek = daysOfWeek == null || daysOfWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOfWeek));
        switch (frequency) {
            case DAILY -> {
            }
            case WEEKLY -> {
                if (daysOfWeek.isEmpty()) {
                    throw invalid("daysOfWeek", "a weekly schedule names the days it falls on");
                }
                if (anchoring == Anchoring.FLOATING && daysOfWeek.size() > 1) {
                    throw invalid("anchoring", "a floating weekly schedule falls a week after the last completion: "
                            + "name one day, or use a fixed schedule");
                }
            }
            case MONTHLY -> requireDayOfMonth(dayOfMonth, 31);
            case YEARLY -> {
                if (month == null || month < 1 || month > 12) {
                    throw invalid("month", "a yearly schedule names its month, 1 to 12");
                }
                requireDayOfMonth(dayOfMonth, Month.of(month).maxLength());
            }
            case EVERY_N -> {
                if (every == null || every < 1 || every > 366) {
                    throw invalid("every", "every 1 to 366 units");
                }
                if (unit == null) {
                    throw invalid("unit", "every N days, weeks or months");
                }
            }
        }
    }

    private static void requireDayOfMonth(Integer day, int max) {
        if (day == null || day < 1 || day > max) {
            throw invalid("dayOfMonth", "the day of the month, 1 to " + max);
        }
    }

    private static RuleViolationException invalid(String field, String message) {
        return new RuleViolationException("invalid-schedule", "schedule." + field, message);
    }

    public static Schedule daily() {
        return new Schedule(Frequency.DAILY, null, null, null, null, null, Anchoring.FIXED);
    }

    public static Schedule weekly(DayOfWeek... days) {
        return new Schedule(Frequency.WEEKLY, Set.of(days), null, null, null, null, Anchoring.FIXED);
    }

    public static Schedule monthly(int dayOfMonth) {
        return new Schedule(Frequency.MONTHLY, null, dayOfMonth, null, null, null, Anchoring.FIXED);
    }

    public static Schedule yearly(int month, int dayOfMonth) {
        return new Schedule(Frequency.YEARLY, null, dayOfMonth, month, null, null, Anchoring.FIXED);
    }

    public static Schedule every(int every, IntervalUnit unit) {
        return new Schedule(Frequency.EVERY_N, null, null, null, every, unit, Anchoring.FIXED);
    }

    public Schedule floating() {
        return new Schedule(frequency, daysOfWeek, dayOfMonth, month, every, unit, Anchoring.FLOATING);
    }

    public boolean isFloating() {
        return anchoring == Anchoring.FLOATING;
    }

    /**
     * The first planned date on or after {@code from} of a schedule that starts on {@code anchor}; the anchor is the
     * first date of EVERY_N schedules and the earliest of any.
     */
    public LocalDate firstOnOrAfter(LocalDate anchor, LocalDate from) {
        LocalDate start = from.isBefore(anchor) ? anchor : from;
        return switch (frequency) {
            case DAILY -> start;
            case WEEKLY -> {
                LocalDate day = start;
                while (!daysOfWeek.contains(day.getDayOfWeek())) {
                    day = day.plusDays(1);
                }
                yield day;
            }
            case MONTHLY -> {
                LocalDate inMonth = clamped(start.getYear(), start.getMonthValue(), dayOfMonth);
                yield inMonth.isBefore(start) ? clamped(start.plusMonths(1).getYear(), start.plusMonths(1).getMonthValue(),
                        dayOfMonth) : inMonth;
            }
            case YEARLY -> {
                LocalDate inYear = clamped(start.getYear(), month, dayOfMonth);
                yield inYear.isBefore(start) ? clamped(start.getYear() + 1, month, dayOfMonth) : inYear;
            }
            case EVERY_N -> everyN(anchor, start);
        };
    }

    /** The first planned date after {@code after}. */
    public LocalDate firstAfter(LocalDate anchor, LocalDate after) {
        return firstOnOrAfter(anchor, after.plusDays(1));
    }

    /** FLOATING: the date one interval after a completion on {@code completedOn}. */
    public LocalDate oneIntervalAfter(LocalDate completedOn) {
        return switch (frequency) {
            case DAILY -> completedOn.plusDays(1);
            case WEEKLY -> completedOn.plusWeeks(1);
            case MONTHLY -> completedOn.plusMonths(1);
            case YEARLY -> completedOn.plusYears(1);
            case EVERY_N -> switch (unit) {
                case DAYS -> completedOn.plusDays(every);
                case WEEKS -> completedOn.plusWeeks(every);
                case MONTHS -> completedOn.plusMonths(every);
            };
        };
    }

    private LocalDate everyN(LocalDate anchor, LocalDate start) {
        return switch (unit) {
            case DAYS, WEEKS -> {
                long step = unit == IntervalUnit.DAYS ? every : 7L * every;
                long since = ChronoUnit.DAYS.between(anchor, start);
                yield anchor.plusDays(Math.ceilDiv(since, step) * step);
            }
            case MONTHS -> {
                // counted from the anchor each time, so 31 Jan, 28 Feb, 31 Mar — never 28 Mar
                long k = Math.max(0, ChronoUnit.MONTHS.between(anchor, start) / every - 1);
                LocalDate candidate = anchor.plusMonths(k * every);
                while (candidate.isBefore(start)) {
                    k++;
                    candidate = anchor.plusMonths(k * every);
                }
                yield candidate;
            }
        };
    }

    private static LocalDate clamped(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }
}
