package io.propertyops.billing.ledger.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The estates' calendar for money: which day it is, and when a day ends, in China's time — what "due on", "as of"
 * and "collected by" mean on every ledger view, report and disclosure.
 */
public final class BillingDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BillingDay() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant after {@code day}: what was posted before it was posted by the day's end. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
