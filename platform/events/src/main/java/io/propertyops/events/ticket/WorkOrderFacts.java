package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

/**
 * A work order as it stands after a change, carried by every work-order event so that consumers (notifications,
 * feedback, reports) never have to call ticket-service back.
 *
 * @param unitId             null for a common area
 * @param accountableAgentId 首问负责人: the staff member who accepted it; null before acceptance
 * @param assigneeId         the technician working on it; null when not dispatched
 * @param reopenCount        how many times the result was rejected and the work order reopened
 */
public record WorkOrderFacts(String number, String communityId, String unitId, String reporterId, String kind,
                             String category, String urgency, String status, String accountableAgentId,
                             String assigneeId, int reopenCount) {

    public WorkOrderFacts {
        requireNonNull(number, "number");
        requireNonNull(communityId, "communityId");
        requireNonNull(reporterId, "reporterId");
        requireNonNull(kind, "kind");
        requireNonNull(category, "category");
        requireNonNull(urgency, "urgency");
        requireNonNull(status, "status");
    }
}
