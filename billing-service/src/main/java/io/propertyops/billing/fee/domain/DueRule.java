package io.propertyops.billing.fee.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a bill of the fee falls due (缴费期限): on day {@code days} of the billing month — the period's first month
 * when prepaid, the month after it when postpaid — or {@code days} days after the bill is issued. A bill is never due
 * before it is issued: a run late in the month makes it due on the day it is issued.
 */
public record DueRule(Kind kind, int days) {

    public enum Kind { DAY_OF_MONTH, DAYS_AFTER_ISSUE }

    public DueRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.DAY_OF_MONTH && (days < 1 || days > 31) || kind == Kind.DAYS_AFTER_ISSUE && (days < 0 || days > 366)) {
            throw new RuleViolationException("invalid-due-rule", "dueRule.days", kind == Kind.DAY_OF_MONTH
                    ? "A day of the month is 1 to 31" : "Days after issue are 0 to 366");
        }
    }

    public LocalDate dueOn(BillingPeriod period, BillingMode mode, LocalDate issuedOn) {
        LocalDate due = switch (kind) {
            case DAYS_AFTER_ISSUE -> issuedOn.plusDays(days);
            case DAY_OF_MONTH -> {
                YearMonth month = mode == BillingMode.PREPAID ? period.firstMonth() : YearMonth.from(period.lastDay()).plusMonths(1);
                yield month.atDay(Math.min(days, month.lengthOfMonth()));
            }
        };
        return due.isBefore(issuedOn) ? issuedOn : due;
    }
}
