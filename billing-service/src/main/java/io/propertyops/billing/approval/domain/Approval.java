package io.propertyops.billing.approval.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.domain.ConflictException;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A request that money be moved on one person's word only if a second person agrees (审批): a waiver of a charge or
 * late fee, a refund, a deposit returned, a vacancy discount, a cashier's batch cancelled. The one approval of
 * billing-service: whoever asks (requestedBy) can never decide; the decision is final, and once approved the action
 * it names is applied exactly once (appliedAt), by the feature that asked, from {@link #details}.
 *
 * @param subjectId what it is about: the charge, payment or batch
 * @param payer     the ledger concerned ({@code UNIT:<id>}), when there is one
 * @param amount    the money concerned, when there is an amount
 * @param details   what the asking feature needs to apply it (ids, a mode), as text
 */
public record Approval(String id, String communityId, ApprovalKind kind, String subjectId, String payer, Money amount,
                       Map<String, String> details, String reason, String requestedBy, Instant requestedAt,
                       Status status, String decidedBy, Instant decidedAt, String decisionNote, Instant appliedAt,
                       long version) {

    public enum Status { PENDING, APPROVED, REJECTED }

    public Approval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Approval request(String id, String communityId, ApprovalKind kind, String subjectId, String payer,
                                   Money amount, Map<String, String> details, String reason, String by, Instant at) {
        return new Approval(id, communityId, kind, subjectId, payer, amount, details, reason, by, at, Status.PENDING,
                null, null, null, null, 0);
    }

    /**
     * The decision of someone other than the requester (四眼原则).
     *
     * @throws ConflictException {@code own-request} when the requester decides, {@code decided} when decided already
     */
    public Approval decide(boolean approve, String by, String note, Instant at) {
        if (status != Status.PENDING) {
            throw new ConflictException("decided", "Approval " + id + " was " + status.name().toLowerCase() + " already");
        }
        if (requestedBy.equals(by)) {
            throw new ConflictException("own-request", "Whoever asks cannot decide: another person approves or rejects");
        }
        return new Approval(id, communityId, kind, subjectId, payer, amount, details, reason, requestedBy, requestedAt,
                approve ? Status.APPROVED : Status.REJECTED, by, at, note, null, version);
    }

    /** The asking feature applied the decision (an approval's action, a rejection's release). */
    public Approval applied(Instant at) {
        return new Approval(id, communityId, kind, subjectId, payer, amount, details, reason, requestedBy, requestedAt,
                status, decidedBy, decidedAt, decisionNote, at, version);
    }

    public boolean awaitsApplying() {
        return status != Status.PENDING && appliedAt == null;
    }

    public String detail(String key) {
        String value = details.get(key);
        if (value == null) {
            throw new IllegalStateException("Approval " + id + " lacks " + key);
        }
        return value;
    }
}
