package io.propertyops.billing.fee.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period fees are billed for (账期): a month {@code 2026-12}, a quarter {@code 2026-Q4} or a year {@code 2026}.
 */
public record BillingPeriod(Kind kind, String text, LocalDate firstDay, LocalDate lastDay) {

    public enum Kind { MONTH, QUARTER, YEAR }

    /** What the API accepts: a month, a quarter or a year from 2000 to 2099. */
    public static final String PATTERN = "20[0-9]{2}(-(0[1-9]|1[0-2])|-Q[1-4])?";
    private static final Pattern FORM = Pattern.compile("(20[0-9]{2})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?");

    public BillingPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /**
     * @throws RuleViolationException {@code invalid-period} for anything but {@code 2026-12}, {@code 2026-Q4}, {@code 2026}
     */
    public static BillingPeriod parse(String text) {
        Matcher form = text == null ? null : FORM.matcher(text);
        if (form == null || !form.matches()) {
            throw new RuleViolationException("invalid-period", "period",
                    "A period is a month (2026-12), a quarter (2026-Q4) or a year (2026)");
        }
        int year = Integer.parseInt(form.group(1));
        if (form.group(2) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(form.group(2)));
            return new BillingPeriod(Kind.MONTH, text, month.atDay(1), month.atEndOfMonth());
        }
        if (form.group(3) != null) {
            YearMonth first = YearMonth.of(year, (Integer.parseInt(form.group(3)) - 1) * 3 + 1);
            return new BillingPeriod(Kind.QUARTER, text, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        return new BillingPeriod(Kind.YEAR, text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The month a day falls in, as a period ({@code 2026-11}). */
    public static BillingPeriod monthOf(LocalDate day) {
        return parse(YearMonth.from(day).toString());
    }

    public int months() {
        return switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }

    public YearMonth firstMonth() {
        return YearMonth.from(firstDay);
    }

    /** Whether the period is over by {@code day} (a postpaid fee is billed only then). */
    public boolean endedBy(LocalDate day) {
        return day.isAfter(lastDay);
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return !from.isAfter(lastDay) && (until == null || !until.isBefore(firstDay));
    }

    @Override
    public String toString() {
        return text;
    }
}
