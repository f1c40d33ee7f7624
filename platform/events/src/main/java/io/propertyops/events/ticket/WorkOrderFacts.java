package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * A work order as it stands after a change, carried by every work-order event so that consumers (notifications,
 * feedback, reports) never have to call ticket-service back.
 *
 * @param unitId             null for a common area
 * @param accountableAgentId 首问负责人: the staff member who accepted it; null before acceptance
 * @param assigneeId         the technician working on it; null when not dispatched
 * @param reopenCount        how many times the result was rejected and the work order reopened
 * @param deadlines          when each SLA deadline is due, by kind ({@code RESPONSE}, {@code ARRIVAL},
 *                           {@code RESOLUTION}, {@code REPLY}); empty when no SLA applies
 */
public record WorkOrderFacts(String number, String communityId, String unitId, String reporterId, String kind,
                             String category, String urgency, String status, String accountableAgentId,
                             String assigneeId, int reopenCount, Map<String, Instant> deadlines) {

    public WorkOrderFacts {
        requireNonNull(number, "number");
        requireNonNull(communityId, "communityId");
        requireNonNull(reporterId, "reporterId");
        requireNonNull(kind, "kind");
        requireNonNull(category, "category");
        requireNonNull(urgency, "urgency");
        requireNonNull(status, "status");
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    }
}
