package io.propertyops.billing.approval.application;

import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Applies decisions that were stored but not applied (the service stopped between the two, or the action failed):
 * found by their due mark, so a run costs what is waiting. Actions are idempotent, so applying one again is safe.
 */
@Component
class ApprovalActionsJob extends DueWorkJob<Approval> {

    private static final Logger log = LoggerFactory.getLogger(ApprovalActionsJob.class);

    private final ApprovalStore store;
    private final Approvals approvals;

    ApprovalActionsJob(ApprovalStore store, Approvals approvals, MongoTemplate mongo, Clock clock) {
        super("approval-actions", Duration.ofSeconds(30), Duration.ofMinutes(5), mongo, clock, 100);
        this.store = store;
        this.approvals = approvals;
    }

    @Override
    protected List<Approval> due(Instant now, int limit) {
        return store.awaitingApplying(now, limit);
    }

    @Override
    protected boolean attempt(Approval approval, Instant now) {
        approvals.apply(approval);
        return true;
    }

    @Override
    protected void failed(Approval approval, RuntimeException error) {
        log.warn("Approval {} could not be applied yet: {}", approval.id(), error.toString());
    }
}
