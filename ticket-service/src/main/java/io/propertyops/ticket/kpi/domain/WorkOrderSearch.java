package io.propertyops.ticket.kpi.domain;

import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * What staff look for among a community's work orders; a null filter matches everything.
 *
 * @param overdue     true for work orders with an unmet deadline past now, false for the others
 * @param createdFrom submitted at or after
 * @param createdTo   submitted before
 * @param text        contained in the title or description, ignoring case
 */
public record WorkOrderSearch(String communityId, WorkOrderStatus status, WorkOrderKind kind, String category,
                              Urgency urgency, String unitId, String assigneeId, String accountableAgentId,
                              Boolean overdue, Instant createdFrom, Instant createdTo, String text) {

    public WorkOrderSearch {
        Objects.requireNonNull(communityId, "communityId");
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw new RuleViolationException("invalid-period", "createdTo", "createdTo must be after createdFrom");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
