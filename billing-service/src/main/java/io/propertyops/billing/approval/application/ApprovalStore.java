package io.propertyops.billing.approval.application;

import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.events.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where approvals are kept, with a due mark on each decided one until its action is applied. */
public interface ApprovalStore {

    /** Stores a new request with its event; false when one of its id exists (a retried request). */
    boolean insert(Approval approval, DomainEvent requested);

    Optional<Approval> find(String id);

    List<Approval> inCommunity(String communityId, Approval.Status status);

    /** Stores the decision on the version read, marked for applying, with its event; false when it changed. */
    boolean decided(Approval decided, long readVersion, DomainEvent event);

    /** Records that the decision was applied and removes the mark; false when it was already. */
    boolean applied(Approval applied);

    /** Decided approvals not applied yet, marked before {@code now}. */
    List<Approval> awaitingApplying(Instant now, int limit);
}
