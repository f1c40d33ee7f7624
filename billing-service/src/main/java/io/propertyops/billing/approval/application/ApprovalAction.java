package io.propertyops.billing.approval.application;

import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.approval.domain.ApprovalKind;

/**
 * What a feature does once its request is decided: a bean per kind. Called after the decision is stored, and
 * again by {@link ApprovalActionsJob} until it returns — so it must be idempotent (post with line ids derived from
 * the approval's id, change state conditionally). A rejection is handed over too, for a feature that held
 * something back while waiting.
 */
public interface ApprovalAction {

    ApprovalKind kind();

    /** Applies an approved request, or releases a rejected one ({@link Approval#status()}). */
    void apply(Approval decided);

    /** An action that applies approved requests of the kind and does nothing on a rejection. */
    static ApprovalAction onApproval(ApprovalKind kind, java.util.function.Consumer<Approval> apply) {
        return new ApprovalAction() {
            @Override
            public ApprovalKind kind() {
                return kind;
            }

            @Override
            public void apply(Approval decided) {
                if (decided.status() == Approval.Status.APPROVED) {
                    apply.accept(decided);
                }
            }
        };
    }
}
