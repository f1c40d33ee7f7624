package io.propertyops.ticket.kpi.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The time a report covers, from inclusive to exclusive: at most a year, so that one report stays one read. */
public record ReportingPeriod(Instant from, Instant to) {

    public static final Duration LONGEST = Duration.ofDays(366);

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new RuleViolationException("invalid-period", "to", "The period must end after it begins");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new RuleViolationException("period-too-long", "to", "A report covers at most 366 days");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
