package io.propertyops.ticket.sla.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.LocalTime;

/** The hours a service desk is staffed on one day; a single span, opening and closing the same day. */
public record WorkingHours(LocalTime opens, LocalTime closes) {

    public WorkingHours {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new RuleViolationException("invalid-working-hours", "closes",
                    "Working hours must open before they close on the same day, got " + opens + "–" + closes);
        }
    }

    public static WorkingHours of(String opens, String closes) {
        return new WorkingHours(LocalTime.parse(opens), LocalTime.parse(closes));
    }
}
