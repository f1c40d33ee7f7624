package io.propertyops.billing.payment.application;

import io.propertyops.billing.approval.application.ApprovalAction;
import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.approval.domain.ApprovalKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Applies a decided cancellation of a cashier's batch (作废审批). */
@Component
class BatchCancellationAction implements ApprovalAction {

    /** Looked up when applying: the desk asks the approvals, which hold this action. */
    private final ObjectProvider<CashierDesk> desk;

    BatchCancellationAction(ObjectProvider<CashierDesk> desk) {
        this.desk = desk;
    }

    @Override
    public ApprovalKind kind() {
        return ApprovalKind.BATCH_CANCELLATION;
    }

    @Override
    public void apply(Approval decided) {
        desk.getObject().cancellationDecided(decided);
    }
}
