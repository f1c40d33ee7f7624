package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * Someone asked for money to be moved that a second person must approve (审批): a waiver, a discount, a refund, a deposit returned, a cashier's batch cancelled. The deciders of the community are told.
 *
 * @param aggregateId the approval's id.
 * @param communityId the community
 * @param kind what is to be approved
 * @param subjectId the charge, payment or batch it is about
 * @param payer the ledger concerned, when there is one
 * @param amount the money concerned, when there is an amount
 * @param reason why
 * @param requestedBy who asked: never the one who decides
 */
@EventType(value = "propertyops.billing.approval-requested.v1", topic = Topics.BILLING)
public record ApprovalRequested(String eventId, String aggregateId, Instant occurredAt, String communityId, String kind, String subjectId, String payer, String amount, String reason, String requestedBy) implements BillingEvent {

    public ApprovalRequested {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(kind, "kind");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(requestedBy, "requestedBy");
    }
}
