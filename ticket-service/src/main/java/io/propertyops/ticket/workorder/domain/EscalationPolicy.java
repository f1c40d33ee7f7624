package io.propertyops.ticket.workorder.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When the platform warns and escalates about a deadline: a warning (due soon) once {@code warnShare} of the time
 * from submission to the deadline has passed; at the deadline the work order is overdue and escalated to level 1
 * (the assignee and the dispatcher); {@code level2After} later to level 2 (the supervisor); {@code level3After}
 * after that to level 3 (the property manager). A resolution the reporter neither confirms nor rejects is
 * confirmed {@code autoConfirmAfter} later; a closed or cancelled work order is archived {@code archiveAfter} later.
 */
public record EscalationPolicy(double warnShare, Duration level2After, Duration level3After,
                               Duration autoConfirmAfter, Duration archiveAfter) {

    public static final EscalationPolicy DEFAULT = new EscalationPolicy(0.8, Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofDays(3), Duration.ofDays(30));

    public EscalationPolicy {
        if (warnShare <= 0 || warnShare >= 1) {
            throw new IllegalArgumentException("warnShare must be between 0 and 1, was " + warnShare);
        }
        Objects.requireNonNull(level2After, "level2After");
        Objects.requireNonNull(level3After, "level3After");
        Objects.requireNonNull(autoConfirmAfter, "autoConfirmAfter");
        Objects.requireNonNull(archiveAfter, "archiveAfter");
    }
}
