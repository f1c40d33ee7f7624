package io.propertyops.ticket.workorder.domain;

import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.sla.domain.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far a work order has come, as storage keeps it.
 *
 * @param accountableAgentId 首问负责人, null before acceptance
 * @param assigneeId         the technician it is dispatched to, null otherwise
 * @param onHoldSince        when the current hold began, null when not on hold
 * @param pausedFor          the total of finished holds, which the SLA clock does not count
 * @param result             what the technician reported at resolution, null before
 * @param deadlines          the SLA deadlines, with when each was met
 * @param alerts             per deadline, how far warnings and escalation have gone: 1 due soon, 2 overdue and
 *                           level 1, 3 level 2, 4 level 3
 */
public record Progress(WorkOrderStatus status, String accountableAgentId, String assigneeId, int reopenCount,
                       Instant onHoldSince, Duration pausedFor, String result, List<TimelineEntry> timeline,
                       Deadlines deadlines, Map<DeadlineKind, Integer> alerts) {

    public Progress {
        Objects.requireNonNull(status, "status");
        pausedFor = pausedFor == null ? Duration.ZERO : pausedFor;
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        deadlines = deadlines == null ? Deadlines.none() : deadlines;
        alerts = alerts == null || alerts.isEmpty() ? Map.of() : Map.copyOf(alerts);
    }


    /** Whether the overdue watch warned that this deadline is due soon (or went further). */
    public boolean dueSoonWarned(DeadlineKind kind) {
        return alerts.getOrDefault(kind, 0) >= 1;
    }

    /**
     * The escalation level the overdue watch raised this deadline to: 0 none yet, 1 overdue (the assignee and the
     * dispatcher were told), 2 the supervisor, 3 the property manager. It stays once the deadline is met.
     */
    public int escalationLevel(DeadlineKind kind) {
        return Math.max(0, alerts.getOrDefault(kind, 0) - 1);
    }

    static Progress submitted(TimelineEntry first, Deadlines deadlines) {
        return new Progress(WorkOrderStatus.SUBMITTED, null, null, 0, null, Duration.ZERO, null, List.of(first),
                deadlines, Map.of());
    }

    Progress with(Deadlines changed) {
        return new Progress(status, accountableAgentId, assigneeId, reopenCount, onHoldSince, pausedFor, result,
                timeline, changed, alerts);
    }

    Progress withAlerts(Map<DeadlineKind, Integer> changed) {
        return new Progress(status, accountableAgentId, assigneeId, reopenCount, onHoldSince, pausedFor, result,
                timeline, deadlines, changed);
    }
}
