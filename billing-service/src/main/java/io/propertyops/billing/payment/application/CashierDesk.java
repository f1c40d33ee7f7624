package io.propertyops.billing.payment.application;

import io.propertyops.billing.approval.application.Approvals;
import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.approval.domain.ApprovalKind;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.domain.CashierBatch;
import io.propertyops.billing.payment.domain.PaymentIds;
import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The cashier's desk (收银台): money taken for a unit's charges (those chosen, or oldest first; what is more than
 * they owe becomes prepaid balance) by cash, POS, bank transfer or a scanned payment code, each payment once per
 * Idempotency-Key, with its receipt, in the cashier's batch of the day; batches closed by the cashier or at the day's
 * end; a batch's cancellation asked for by its cashier and decided through an approval by someone else, after which
 * every payment of the batch is reversed once and its receipt voided.
 */
@Service
public class CashierDesk {

    /** Who works the desk: finance (cashiers, 收银员), and the manager or an admin standing in. */
    public static final String[] CASHIERS = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN};
    private static final int ATTEMPTS = 8;
    private static final int MAX_BATCHES_A_DAY = 100;

    private final CashierBatchStore batches;
    private final ReceiptStore receiptStore;
    private final Receipts receipts;
    private final PaymentPosting posting;
    private final Ledgers ledgers;
    private final UnitAreas units;
    private final Approvals approvals;
    private final PaymentProperties properties;
    private final Clock clock;

    CashierDesk(CashierBatchStore batches, ReceiptStore receiptStore, Receipts receipts, PaymentPosting posting,
                Ledgers ledgers, UnitAreas units, Approvals approvals, PaymentProperties properties, Clock clock) {
        this.batches = batches;
        this.receiptStore = receiptStore;
        this.receipts = receipts;
        this.posting = posting;
        this.ledgers = ledgers;
        this.units = units;
        this.approvals = approvals;
        this.properties = properties;
        this.clock = clock;
    }

    /** Money a cashier takes. */
    public record DeskPayment(String communityId, String unitId, PaymentMethod method, Money amount,
                              List<String> chargeIds, String payerName, String reference) {
    }

    /** A payment taken, with its receipt and batch; {@code created} false when an earlier request took it. */
    public record Taken(Receipt receipt, CashierBatch batch, Ledger ledger, boolean created) {
    }

    public Taken take(Caller caller, DeskPayment request, String idempotencyKey) {
        caller.requireCommunity(request.communityId());
        if (request.method() == null || !request.method().atDesk()) {
            throw new RuleViolationException("not-a-desk-method", "method",
                    "At the desk money is taken as CASH, POS, BANK_TRANSFER or SCANNED_QR");
        }
        BilledUnit unit = units.unit(request.unitId()).filter(found -> found.communityId().equals(request.communityId()))
                .orElseThrow(() -> new NotFoundException("Unit", request.unitId()));
        String paymentId = PaymentIds.desk(caller.id(), idempotencyKey);
        var earlier = receiptStore.ofPayment(paymentId);
        if (earlier.isPresent()) {
            Receipt receipt = earlier.get();
            if (!receipt.amount().equals(request.amount()) || !Objects.equals(receipt.unitId(), request.unitId())) {
                throw new ConflictException("idempotency-key-reused", "This Idempotency-Key took another payment");
            }
            return completed(receipt, false);
        }
        Payer payer = Payer.unit(unit.unitId());
        Ledger ledger = ledgers.find(payer).orElse(Ledger.open(payer, unit.communityId()));
        for (String chargeId : request.chargeIds()) {
            if (ledger.line(chargeId).filter(line -> line.kind().owed()).isEmpty()) {
                throw new NotFoundException("Charge", chargeId);
            }
        }
        LocalDate today = clock.instant().atZone(properties.zone()).toLocalDate();
        CashierBatch batch = openBatch(caller, request.communityId(), today);
        Receipt receipt = receipts.issue(new Receipt.Draft(unit.communityId(), Receipt.codeOf(unit.communityId()),
                receipts.year(), paymentId, payer.key(), unit.unitId(), unit.number(), request.payerName(),
                request.amount(), request.method(), request.reference(), request.chargeIds(), Receipt.Source.DESK,
                batch.id(), caller.id(), caller.name(), clock.instant()));
        return completed(receipt, true);
    }

    private Taken completed(Receipt receipt, boolean created) {
        Ledger ledger = complete(receipt);
        return new Taken(receiptStore.find(receipt.id()).orElse(receipt), batches.find(receipt.sourceId()).orElseThrow(),
                ledger, created);
    }

    /**
     * Puts a desk payment into its batch and posts it, each once; should its batch have been cancelled before it got
     * there, it is reversed at once (the cancelled batch's money was handed back).
     */
    public Ledger complete(Receipt receipt) {
        CashierBatch batch = change(receipt.sourceId(), found -> found.state() == CashierBatch.State.CANCELLED ? found
                : found.add(new CashierBatch.Entry(receipt.paymentId(), receipt.unitId(), receipt.method(),
                receipt.amount(), receipt.number(), receipt.receivedAt())));
        Ledger ledger = posting.post(receipt);
        if (batch.state() == CashierBatch.State.CANCELLED && !batch.contains(receipt.paymentId())) {
            ledger = posting.reverse(receipt, "批次已作废", "system");
            receiptStore.voided(receipt.id(), "批次已作废", clock.instant());
        }
        receiptStore.completed(receipt.id());
        return ledger;
    }

    /** The cashier's open batch of the day in the community: the current one, or a new one after those closed. */
    private CashierBatch openBatch(Caller caller, String communityId, LocalDate day) {
        for (int sequence = 1; sequence <= MAX_BATCHES_A_DAY; sequence++) {
            String id = CashierBatch.idOf(communityId, caller.id(), day, sequence);
            CashierBatch batch = batches.find(id).orElse(null);
            if (batch == null) {
                CashierBatch opened = CashierBatch.open(communityId, caller.id(), caller.name(), day, sequence, clock.instant());
                if (batches.insert(opened, endOf(day))) {
                    return opened.withVersion(1);
                }
                batch = batches.find(id).orElseThrow();
            }
            if (batch.takesPayments()) {
                return batch;
            }
        }
        throw new ConflictException("too-many-batches", "A cashier has at most " + MAX_BATCHES_A_DAY + " batches a day");
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(properties.zone()).toInstant();
    }

    private CashierBatch change(String id, UnaryOperator<CashierBatch> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CashierBatch batch = batches.find(id).orElseThrow(() -> new NotFoundException("Cashier batch", id));
            CashierBatch next = change.apply(batch);
            if (next == batch) {
                return batch;
            }
            if (batches.update(next, batch.version(), next.state() == CashierBatch.State.OPEN ? endOf(next.day()) : null)) {
                return next.withVersion(batch.version() + 1);
            }
        }
        throw new OptimisticLockingFailureException("Cashier batch " + id + " kept changing");
    }

    // --- batches ---

    public CashierBatch batch(Caller caller, String id) {
        return batches.find(id).filter(batch -> caller.inCommunity(batch.communityId()))
                .orElseThrow(() -> new NotFoundException("Cashier batch", id));
    }

    public List<CashierBatch> batches(Caller caller, String communityId, LocalDate day) {
        caller.requireCommunity(communityId);
        return batches.ofCommunity(communityId, day);
    }

    /** The cashier (or a reviewer) closes the batch for the day (日结). */
    public CashierBatch close(Caller caller, String id, Long expectedVersion) {
        CashierBatch batch = batch(caller, id);
        checkVersion(batch, expectedVersion);
        return change(id, found -> found.close(clock.instant()));
    }

    /** Closes a batch whose day has ended (the day-end job). */
    public boolean closeAtDayEnd(CashierBatch batch) {
        if (batch.state() != CashierBatch.State.OPEN) {
            batches.update(batch, batch.version(), null);
            return false;
        }
        change(batch.id(), found -> found.state() == CashierBatch.State.OPEN ? found.close(clock.instant()) : found);
        return true;
    }

    public List<CashierBatch> dueForClosing(Instant now, int limit) {
        return batches.dueForClosing(now, limit);
    }

    /**
     * The batch's cashier asks for its cancellation (作废, e.g. the cash count does not match): an approval of kind
     * {@code BATCH_CANCELLATION}, which someone else decides; until then the batch takes no payments.
     */
    public CashierBatch requestCancellation(Caller caller, String id, String reason, Long expectedVersion) {
        CashierBatch batch = batch(caller, id);
        checkVersion(batch, expectedVersion);
        if (batch.cancellation() != null && batch.cancellation().pending()) {
            return batch;
        }
        String approvalId = batch.nextCancellationId();
        batch.requestCancellation(approvalId, caller.id(), reason, clock.instant()); // its rules, before asking
        approvals.request(caller, new Approvals.Request(approvalId, batch.communityId(), ApprovalKind.BATCH_CANCELLATION,
                batch.id(), null, batch.total(), Map.of("batchId", batch.id(), "cashierId", batch.cashierId(),
                "day", batch.day().toString()), reason));
        return change(id, found -> found.requestCancellation(approvalId, caller.id(), reason, clock.instant()));
    }

    /**
     * The approval of a cancellation was decided: approved, the batch is cancelled and each of its payments reversed
     * and its receipt voided — each once, so that applying it again (the approvals' job retrying) changes nothing;
     * rejected, the batch goes on.
     */
    public void cancellationDecided(Approval decided) {
        boolean approved = decided.status() == Approval.Status.APPROVED;
        CashierBatch batch = change(decided.subjectId(), found -> found.cancellationDecided(decided.id(), approved,
                decided.decidedBy(), decided.decidedAt()));
        if (!approved) {
            return;
        }
        String reason = "批次作废: " + (decided.reason() == null ? "" : decided.reason());
        for (CashierBatch.Entry entry : batch.payments()) {
            Receipt receipt = receiptStore.ofPayment(entry.paymentId()).orElseThrow(() ->
                    new IllegalStateException("Payment " + entry.paymentId() + " of batch " + batch.id() + " has no receipt"));
            posting.reverse(receipt, reason, decided.decidedBy());
            receiptStore.voided(receipt.id(), reason, clock.instant());
        }
    }

    private static void checkVersion(CashierBatch batch, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != batch.version()) {
            throw new PreconditionFailedException("stale-version", "Cashier batch " + batch.id() + " is at version "
                    + batch.version());
        }
    }
}
