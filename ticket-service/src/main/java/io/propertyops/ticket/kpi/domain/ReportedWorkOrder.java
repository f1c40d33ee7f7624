package io.propertyops.ticket.kpi.domain;

import io.propertyops.ticket.sla.domain.Deadline;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.workorder.domain.TimelineEntry;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A work order as the reports read it: what was asked, where it is now, and its timeline and deadlines, from which
 * every figure is counted.
 *
 * @param unitId      null for a common area
 * @param onHoldSince when the current hold began; null when not on hold
 * @param timeline    oldest first, as the work order appended it
 */
public record ReportedWorkOrder(String id, String number, String communityId, String unitId, WorkOrderKind kind,
                                String category, Urgency urgency, WorkOrderStatus status, String title,
                                Instant submittedAt, String accountableAgentId, String assigneeId, int reopenCount,
                                Instant onHoldSince, List<TimelineEntry> timeline, Map<DeadlineKind, Deadline> deadlines) {

    /** Work still to be done: not yet resolved, nor cancelled. */
    public static final Set<WorkOrderStatus> OPEN = EnumSet.of(WorkOrderStatus.SUBMITTED, WorkOrderStatus.ACCEPTED,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.TAKEN, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.ON_HOLD);
    /** Open and not on hold: the statuses in which deadlines run. */
    public static final Set<WorkOrderStatus> RUNNING = EnumSet.of(WorkOrderStatus.SUBMITTED, WorkOrderStatus.ACCEPTED,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.TAKEN, WorkOrderStatus.IN_PROGRESS);

    static final String SUBMITTED = "submitted";
    static final String ACCEPTED = "accepted";
    static final String DISPATCHED = "dispatched";
    static final String TRANSFERRED = "transferred";
    static final String STARTED = "started";
    static final String RESOLVED = "resolved";
    static final String REOPENED = "reopened";
    static final String CLOSED = "closed";
    static final String CANCELLED = "cancelled";

    public ReportedWorkOrder {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    }

    /**
     * Overdue now: an unmet deadline has passed while the work order runs. On hold, only a deadline that had passed
     * before the hold began counts; the others move by the time on hold when work resumes.
     */
    public boolean isOverdueAt(Instant now) {
        Instant passedBefore = status == WorkOrderStatus.ON_HOLD && onHoldSince != null ? onHoldSince
                : RUNNING.contains(status) ? now : null;
        return passedBefore != null && deadlines.values().stream()
                .anyMatch(deadline -> !deadline.isMet() && deadline.due().isBefore(passedBefore));
    }

    /** The status the work order had just before {@code instant}; null when it had not been submitted yet. */
    WorkOrderStatus statusBefore(Instant instant) {
        WorkOrderStatus before = null;
        for (TimelineEntry entry : timeline) {
            if (!entry.at().isBefore(instant)) {
                break;
            }
            before = entry.status();
        }
        return before;
    }

    boolean isOpenBefore(Instant instant) {
        return OPEN.contains(statusBefore(instant));
    }

    Optional<TimelineEntry> first(String action) {
        return timeline.stream().filter(entry -> entry.action().equals(action)).findFirst();
    }

    List<TimelineEntry> steps(String action, ReportingPeriod period) {
        return timeline.stream().filter(entry -> entry.action().equals(action) && period.contains(entry.at())).toList();
    }

    boolean wasReopened() {
        return first(REOPENED).isPresent();
    }

    /** The last technician it was dispatched or transferred to before {@code instant}; null when none. */
    String technicianBefore(Instant instant) {
        String technician = null;
        for (TimelineEntry entry : timeline) {
            if (!entry.at().isBefore(instant)) {
                break;
            }
            if (entry.action().equals(DISPATCHED) || entry.action().equals(TRANSFERRED)) {
                technician = entry.note();
            }
        }
        return technician;
    }

    /** 首问: the agent who accepted it, if that was before {@code instant}. */
    String agentBefore(Instant instant) {
        return first(ACCEPTED).filter(entry -> entry.at().isBefore(instant)).map(TimelineEntry::actorId).orElse(null);
    }
}
