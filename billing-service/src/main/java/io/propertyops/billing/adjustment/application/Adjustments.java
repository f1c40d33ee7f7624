package io.propertyops.billing.adjustment.application;

import io.propertyops.billing.approval.application.ApprovalAction;
import io.propertyops.billing.approval.application.Approvals;
import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.approval.domain.ApprovalKind;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.application.SettledBills;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.DomainEvent;
import io.propertyops.events.billing.RefundPaid;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Requests for waivers, vacancy discounts, refunds and deposit returns, and the approval actions that apply them.
 * The approval's id is the request's (derived from the caller's Idempotency-Key when given, so a retried request
 * finds the first), and the lines it posts are named after it, so an action applied twice posts once.
 */
@Configuration(proxyBeanMethods = false)
public class Adjustments {

    private final Ledgers ledgers;
    private final Approvals approvals;
    private final Clock clock;

    Adjustments(Ledgers ledgers, Approvals approvals, Clock clock) {
        this.ledgers = ledgers;
        this.approvals = approvals;
        this.clock = clock;
    }

    /** Asks to waive (part of) what a charge or late fee still owes. */
    public Approval requestWaiver(Caller caller, Payer payer, String chargeId, Money amount, String reason, String key) {
        return requestReduction(caller, payer, chargeId, amount, reason, key, ApprovalKind.WAIVER);
    }

    /** Asks for a vacancy discount (空置优惠) on a charge of an empty unit. */
    public Approval requestVacancyDiscount(Caller caller, Payer payer, String chargeId, Money amount, String reason,
                                           String key) {
        return requestReduction(caller, payer, chargeId, amount, reason, key, ApprovalKind.VACANCY_DISCOUNT);
    }

    private Approval requestReduction(Caller caller, Payer payer, String chargeId, Money amount, String reason,
                                      String key, ApprovalKind kind) {
        Ledger ledger = readable(caller, payer);
        Money owed = ledger.outstanding(chargeId);
        if (amount.exceeds(owed)) {
            throw new RuleViolationException("exceeds-outstanding", "amount", "Charge " + chargeId + " owes " + owed);
        }
        return approvals.request(caller, new Approvals.Request(id(kind, key), ledger.communityId(), kind, chargeId,
                payer.key(), amount, Map.of("chargeId", chargeId), reason));
    }

    /** Asks to pay back (part of) the money a payment holds unallocated — prepaid balance. */
    public Approval requestRefund(Caller caller, Payer payer, String paymentId, Money amount, String reason, String key) {
        Ledger ledger = readable(caller, payer);
        Money held = ledger.unallocated(paymentId);
        if (amount.exceeds(held)) {
            throw new RuleViolationException("exceeds-unallocated", "amount", "Payment " + paymentId + " holds " + held);
        }
        return approvals.request(caller, new Approvals.Request(id(ApprovalKind.REFUND, key), ledger.communityId(),
                ApprovalKind.REFUND, paymentId, payer.key(), amount, Map.of("paymentId", paymentId), reason));
    }

    /** Asks to return a deposit (押金): what was paid on it goes back, and it is owed no more. */
    public Approval requestDepositReturn(Caller caller, Payer payer, String chargeId, String reason, String key) {
        Ledger ledger = readable(caller, payer);
        LedgerLine deposit = ledger.line(chargeId).filter(line -> line.kind() == LedgerLine.Kind.CHARGE)
                .orElseThrow(() -> new RuleViolationException("unknown-charge", "chargeId", "No charge " + chargeId));
        return approvals.request(caller, new Approvals.Request(id(ApprovalKind.DEPOSIT_RETURN, key),
                ledger.communityId(), ApprovalKind.DEPOSIT_RETURN, chargeId, payer.key(), deposit.amount(),
                Map.of("chargeId", chargeId), reason));
    }

    private Ledger readable(Caller caller, Payer payer) {
        Ledger ledger = ledgers.visibleTo(caller, payer);
        caller.requireCommunity(ledger.communityId());
        return ledger;
    }

    private static String id(ApprovalKind kind, String key) {
        return kind.name().toLowerCase() + ":" + (key != null ? key : UUID.randomUUID().toString());
    }

    // --- what an approval does ---

    @Bean
    ApprovalAction waiverAction() {
        return ApprovalAction.onApproval(ApprovalKind.WAIVER, approval -> reduce(approval, true));
    }

    @Bean
    ApprovalAction vacancyDiscountAction() {
        return ApprovalAction.onApproval(ApprovalKind.VACANCY_DISCOUNT, approval -> reduce(approval, false));
    }

    @Bean
    ApprovalAction refundAction() {
        return ApprovalAction.onApproval(ApprovalKind.REFUND, approval -> ledgers.post(Payer.parse(approval.payer()),
                approval.communityId(), new Ledgers.Command(ledger -> {
                    Money held = ledger.unallocated(approval.detail("paymentId"));
                    Money amount = approval.amount().min(held);
                    return amount.isPositive() ? ledger.refund(approval.id(), approval.detail("paymentId"), amount,
                            approval.id(), approval.reason(), clock.instant(), approval.decidedBy())
                            : new Ledger.Posting(ledger, List.of());
                }, this::refunds)));
    }

    @Bean
    ApprovalAction depositReturnAction() {
        return ApprovalAction.onApproval(ApprovalKind.DEPOSIT_RETURN, approval -> ledgers.post(
                Payer.parse(approval.payer()), approval.communityId(), new Ledgers.Command(
                        ledger -> ledger.returnDeposit(approval.id(), approval.detail("chargeId"), approval.id(),
                                clock.instant(), approval.decidedBy()), this::refunds)));
    }

    private void reduce(Approval approval, boolean waiver) {
        String chargeId = approval.detail("chargeId");
        ledgers.post(Payer.parse(approval.payer()), approval.communityId(), new Ledgers.Command(ledger -> {
            Money amount = approval.amount().min(ledger.outstanding(chargeId));
            if (!amount.isPositive()) {
                return new Ledger.Posting(ledger, List.of());
            }
            return waiver
                    ? ledger.waive(approval.id(), chargeId, amount, approval.id(), approval.reason(), clock.instant(),
                    approval.decidedBy())
                    : ledger.discount(approval.id(), chargeId, amount, "空置优惠：" + approval.reason(), clock.instant(),
                    approval.decidedBy());
        }, (before, posting) -> SettledBills.of(before, posting, clock.instant())));
    }

    private List<? extends DomainEvent> refunds(Ledger before, Ledger.Posting posting) {
        Payer payer = before.payer();
        List<DomainEvent> events = new ArrayList<>();
        for (LedgerLine line : posting.posted()) {
            if (line.kind() == LedgerLine.Kind.REFUND) {
                events.add(new RefundPaid(UUID.randomUUID().toString(), line.id(), line.postedAt(), before.communityId(),
                        payer.key(), payer.kind() == Payer.Kind.UNIT ? payer.id() : null, line.paymentId(),
                        line.amount().toString()));
            }
        }
        return events;
    }
}
