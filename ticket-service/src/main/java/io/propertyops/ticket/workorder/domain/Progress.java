package io.propertyops.ticket.workorder.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How far a work order has come, as storage keeps it.
 *
 * @param accountableAgentId 首问负责人, null before acceptance
 * @param assigneeId         the technician it is dispatched to, null otherwise
 * @param onHoldSince        when the current hold began, null when not on hold
 * @param pausedFor          the total of finished holds, which the SLA clock does not count
 * @param result             what the technician reported at resolution, null before
 */
public record Progress(WorkOrderStatus status, String accountableAgentId, String assigneeId, int reopenCount,
                       Instant onHoldSince, Duration pausedFor, String result, List<TimelineEntry> timeline) {

    public Progress {
        Objects.requireNonNull(status, "status");
        pausedFor = pausedFor == null ? Duration.ZERO : pausedFor;
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    static Progress submitted(TimelineEntry first) {
        return new Progress(WorkOrderStatus.SUBMITTED, null, null, 0, null, Duration.ZERO, null, List.of(first));
    }
}
