package io.propertyops.ticket.kpi.domain;

import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What staff look for among a community's work orders; a null filter matches everything.
 *
 * @param statuses    in any of these; empty for every status
 * @param overdue     true for work orders with an unmet deadline past now, false for the others
 * @param createdFrom submitted at or after
 * @param createdTo   submitted before
 * @param text        contained in the title or description, ignoring case
 */
public record WorkOrderSearch(String communityId, Set<WorkOrderStatus> statuses, WorkOrderKind kind, String category,
                              Urgency urgency, String unitId, String assigneeId, String accountableAgentId,
                              Boolean overdue, Instant createdFrom, Instant createdTo, String text) {

    public WorkOrderSearch {
        Objects.requireNonNull(communityId, "communityId");
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw new RuleViolationException("invalid-period", "createdTo", "createdTo must be after createdFrom");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
