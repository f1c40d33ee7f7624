package io.propertyops.ticket.kpi.domain;

import io.propertyops.ticket.sla.domain.Counting;
import io.propertyops.ticket.sla.domain.Deadline;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.workorder.domain.TimelineEntry;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Work orders as the reports read them, written step by step as the aggregate would have taken them; each step is
 * a time after submission. A deadline is met by the first step that meets it in the aggregate: acceptance the
 * response, the first start the arrival, the first resolution the resolution and the reply.
 */
final class ReportedWorkOrders {

    static final String COMMUNITY = "community-cuihu";

    private final String id;
    private final Instant submittedAt;
    private String unitId = "unit-1502";
    private String category = "plumbing";
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final Map<DeadlineKind, Duration> dues = new EnumMap<>(DeadlineKind.class);
    private Instant onHoldSince;

    private ReportedWorkOrders(String id, Instant submittedAt) {
        this.id = id;
        this.submittedAt = submittedAt;
        timeline.add(new TimelineEntry(submittedAt, "owner-zhang", "submitted", WorkOrderStatus.SUBMITTED, null));
    }

    static ReportedWorkOrders repair(String id, Instant submittedAt) {
        return new ReportedWorkOrders(id, submittedAt);
    }

    ReportedWorkOrders unit(String unit) {
        unitId = unit;
        return this;
    }

    ReportedWorkOrders category(String name) {
        category = name;
        return this;
    }

    ReportedWorkOrders due(DeadlineKind kind, Duration after) {
        dues.put(kind, after);
        return this;
    }

    ReportedWorkOrders accepted(Duration after, String agent) {
        return step(after, agent, "accepted", WorkOrderStatus.ACCEPTED, null);
    }

    ReportedWorkOrders dispatched(Duration after, String technician) {
        return step(after, "dispatcher", "dispatched", WorkOrderStatus.DISPATCHED, technician);
    }

    ReportedWorkOrders transferred(Duration after, String technician) {
        return step(after, "dispatcher", "transferred", WorkOrderStatus.DISPATCHED, technician);
    }

    ReportedWorkOrders started(Duration after) {
        return step(after, "technician", "started", WorkOrderStatus.IN_PROGRESS, null);
    }

    ReportedWorkOrders paused(Duration after) {
        onHoldSince = submittedAt.plus(after);
        return step(after, "technician", "paused", WorkOrderStatus.ON_HOLD, "waiting for parts");
    }

    ReportedWorkOrders resolved(Duration after) {
        return step(after, "technician", "resolved", WorkOrderStatus.RESOLVED, "fixed");
    }

    ReportedWorkOrders reopened(Duration after) {
        return step(after, "owner-zhang", "reopened", WorkOrderStatus.ACCEPTED, "still leaking");
    }

    ReportedWorkOrders closed(Duration after) {
        return step(after, "agent", "closed", WorkOrderStatus.CLOSED, null);
    }

    ReportedWorkOrders cancelled(Duration after) {
        return step(after, "agent", "cancelled", WorkOrderStatus.CANCELLED, "duplicate");
    }

    private ReportedWorkOrders step(Duration after, String actor, String action, WorkOrderStatus status, String note) {
        timeline.add(new TimelineEntry(submittedAt.plus(after), actor, action, status, note));
        if (!action.equals("paused")) {
            onHoldSince = null;
        }
        return this;
    }

    ReportedWorkOrder build() {
        Map<DeadlineKind, Deadline> deadlines = new EnumMap<>(DeadlineKind.class);
        dues.forEach((kind, after) -> deadlines.put(kind,
                new Deadline(submittedAt.plus(after), Counting.ELAPSED, metAt(kind))));
        WorkOrderStatus status = timeline.getLast().status();
        String agent = timeline.stream().filter(e -> e.action().equals("accepted")).map(TimelineEntry::actorId)
                .findFirst().orElse(null);
        return new ReportedWorkOrder(id, "WO-" + id, COMMUNITY, unitId, WorkOrderKind.REPAIR, category, Urgency.NORMAL,
                status, "厨房水管漏水", submittedAt, agent, null, (int) timeline.stream()
                .filter(e -> e.action().equals("reopened")).count(), onHoldSince, timeline, deadlines);
    }

    private Instant metAt(DeadlineKind kind) {
        String action = switch (kind) {
            case RESPONSE -> "accepted";
            case ARRIVAL -> "started";
            case RESOLUTION, REPLY -> "resolved";
        };
        return timeline.stream().filter(e -> e.action().equals(action)).map(TimelineEntry::at).findFirst().orElse(null);
    }

    static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }

    static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    static Duration days(long n) {
        return Duration.ofDays(n);
    }
}
