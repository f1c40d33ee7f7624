package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A request was approved or rejected by someone other than the requester; an approved one is then applied once.
 *
 * @param aggregateId the approval's id.
 * @param communityId the community
 * @param kind what was to be approved
 * @param subjectId what it is about
 * @param approved approved or rejected
 * @param requestedBy who asked (is told)
 * @param decidedBy who decided
 * @param note the decider's note
 */
@EventType(value = "propertyops.billing.approval-decided.v1", topic = Topics.BILLING)
public record ApprovalDecided(String eventId, String aggregateId, Instant occurredAt, String communityId, String kind, String subjectId, boolean approved, String requestedBy, String decidedBy, String note) implements BillingEvent {

    public ApprovalDecided {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(kind, "kind");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(approved, "approved");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(decidedBy, "decidedBy");
    }
}
