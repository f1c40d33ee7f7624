package io.propertyops.billing.approval.application;

import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.approval.domain.ApprovalKind;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.events.billing.ApprovalDecided;
import io.propertyops.events.billing.ApprovalRequested;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.web.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Requests that need a second person, and their decisions. A feature asks ({@link #request}) and provides an
 * {@link ApprovalAction} for its kind; a decider of the community decides ({@link #decide}) — never the requester —
 * and the action is applied right after the decision is stored, or by {@link ApprovalActionsJob} should that fail.
 */
@Service
public class Approvals {

    private static final Logger log = LoggerFactory.getLogger(Approvals.class);

    /** What a feature asks to have approved. */
    public record Request(String id, String communityId, ApprovalKind kind, String subjectId, String payer,
                          Money amount, Map<String, String> details, String reason) {
    }

    private final ApprovalStore store;
    private final ObjectProvider<ApprovalAction> actionBeans;
    private volatile Map<ApprovalKind, ApprovalAction> actions;
    private final Clock clock;

    /** The actions are looked up when first needed: the features that provide them ask for approvals too. */
    Approvals(ApprovalStore store, ObjectProvider<ApprovalAction> actions, Clock clock) {
        this.store = store;
        this.actionBeans = actions;
        this.clock = clock;
    }

    private Map<ApprovalKind, ApprovalAction> actions() {
        if (actions == null) {
            Map<ApprovalKind, ApprovalAction> byKind = new EnumMap<>(ApprovalKind.class);
            actionBeans.orderedStream().forEach(action -> {
                if (byKind.put(action.kind(), action) != null) {
                    throw new IllegalStateException("Two actions for approvals of kind " + action.kind());
                }
            });
            actions = byKind;
        }
        return actions;
    }

    /**
     * Asks for an approval; the id is the asking feature's (derived from what is asked, so a retried request finds
     * the first). Answers the approval as stored.
     */
    public Approval request(Caller caller, Request request) {
        caller.requireCommunity(request.communityId());
        Approval approval = Approval.request(request.id(), request.communityId(), request.kind(), request.subjectId(),
                request.payer(), request.amount(), request.details(), request.reason(), caller.id(), clock.instant());
        if (store.insert(approval, new ApprovalRequested(UUID.randomUUID().toString(), approval.id(),
                approval.requestedAt(), approval.communityId(), approval.kind().name(), approval.subjectId(),
                approval.payer(), approval.amount() == null ? null : approval.amount().toString(), approval.reason(),
                approval.requestedBy()))) {
            return approval;
        }
        Approval existing = store.find(request.id()).orElseThrow();
        if (existing.status() != Approval.Status.PENDING && existing.kind() == request.kind()) {
            throw new ConflictException("decided", "This was asked before and " + existing.status().name().toLowerCase());
        }
        return existing;
    }

    /**
     * Approves or rejects, as a decider of its kind in its community who is not its requester; then applies it.
     *
     * @throws AccessDeniedException when the caller's roles may not decide this kind (403)
     * @throws ConflictException     {@code own-request}, {@code decided}
     */
    public Approval decide(Caller caller, String id, boolean approve, String note, Long expectedVersion) {
        Approval approval = get(caller, id);
        if (approval.kind().deciders().stream().noneMatch(caller::hasRole)) {
            throw new AccessDeniedException("Approvals of kind " + approval.kind() + " are decided by "
                    + approval.kind().deciders());
        }
        if (expectedVersion != null && expectedVersion != approval.version()) {
            throw new PreconditionFailedException("stale-version", "Approval " + id + " is at version "
                    + approval.version());
        }
        Approval decided = approval.decide(approve, caller.id(), note, clock.instant());
        if (!store.decided(decided, approval.version(), new ApprovalDecided(UUID.randomUUID().toString(), id,
                decided.decidedAt(), decided.communityId(), decided.kind().name(), decided.subjectId(), approve,
                decided.requestedBy(), decided.decidedBy(), note))) {
            throw new ConflictException("decided", "Approval " + id + " was decided meanwhile");
        }
        try {
            return apply(decided);
        } catch (RuntimeException e) {
            // the decision stands: the job applies it again
            log.warn("Approval {} was decided but not applied yet: {}", id, e.toString());
            return store.find(id).orElse(decided);
        }
    }

    /** Applies a decided approval through its kind's action, once; the approval as it then is. */
    Approval apply(Approval decided) {
        ApprovalAction action = actions().get(decided.kind());
        if (action == null) {
            throw new IllegalStateException("No action applies approvals of kind " + decided.kind());
        }
        action.apply(decided);
        Approval applied = decided.applied(clock.instant());
        store.applied(applied);
        return store.find(decided.id()).orElse(applied);
    }

    public Approval get(Caller caller, String id) {
        return store.find(id).filter(approval -> caller.inCommunity(approval.communityId()))
                .orElseThrow(() -> new NotFoundException("Approval", id));
    }

    public List<Approval> inCommunity(Caller caller, String communityId, Approval.Status status) {
        caller.requireCommunity(communityId);
        return store.inCommunity(communityId, status);
    }
}
