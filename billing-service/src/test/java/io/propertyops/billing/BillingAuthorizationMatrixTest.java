package io.propertyops.billing;

import io.propertyops.billing.approval.application.Approvals;
import io.propertyops.billing.approval.domain.ApprovalKind;
import io.propertyops.billing.disclosure.application.Disclosures;
import io.propertyops.billing.invoice.application.InvoiceRequests;
import io.propertyops.billing.invoice.domain.InvoiceRequest;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.CashierDesk;
import io.propertyops.billing.payment.application.OnlinePayments;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.billing.billrun.application.BillRuns;
import io.propertyops.billing.billrun.domain.BillKeys;
import io.propertyops.billing.billrun.domain.BillRun;
import io.propertyops.billing.fee.application.FeeItems;
import io.propertyops.billing.fee.domain.Attachment;
import io.propertyops.billing.fee.domain.BillingMode;
import io.propertyops.billing.fee.domain.Cycle;
import io.propertyops.billing.fee.domain.DueRule;
import io.propertyops.billing.fee.domain.FeeItem;
import io.propertyops.billing.fee.domain.FeeKind;
import io.propertyops.billing.fee.domain.FeeStandard;
import io.propertyops.billing.fee.domain.Formula;
import io.propertyops.billing.fee.domain.Rounding;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ServiceTest
class BillingAuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    Approvals approvals;
    @Autowired
    Ledgers ledgers;
    @Autowired
    Disclosures disclosures;
    @Autowired
    InvoiceRequests invoices;
    @Autowired
    UnitAreas units;
    @Autowired
    CashierDesk desk;
    @Autowired
    OnlinePayments online;
    @Autowired
    FeeItems fees;
    @Autowired
    BillRuns runs;

    @Override
    protected List<OwnedObject> ownedObjects() {
        String c1 = "community-" + UUID.randomUUID();
        String c2 = "community-" + UUID.randomUUID();
        String unit = c1 + "-u101";

        MatrixCaller financeOfC1 = MatrixCaller.of("finance of C1", TestTokens.staff("fin-c1", "FINANCE", c1));
        List<MatrixCaller> strangers = List.of(
                MatrixCaller.of("finance of C2", TestTokens.staff("fin-c2", "FINANCE", c2)),
                MatrixCaller.of("a property manager of C2", TestTokens.staff("pm-c2", "PROPERTY_MANAGER", c2)),
                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", c2)),
                MatrixCaller.of("an owner in C2", TestTokens.owner("owner-c2", c2, c2 + "-u101")),
                MatrixCaller.of("the owner of the unit in C1", TestTokens.owner("owner-c1", c1, unit)),
                MatrixCaller.of("an integration client of C1", TestTokens.integration("crm-c1", c1).scopes("tickets.read")));

        Caller cashier = new Caller("cashier-c1", "收银员", Set.of("FINANCE"), Set.of(c1), Set.of(), Set.of());
        String approval = approvals.request(cashier, new Approvals.Request("approval-" + c1, c1, ApprovalKind.WAIVER,
                "charge-1", "UNIT:" + unit, Money.of("12.00"), Map.of("chargeId", "charge-1"), "业主申请减免")).id();

        Payer payer = Payer.unit(unit);
        ledgers.post(payer, c1, new Ledgers.Command(ledger -> ledger.charge("bill-1:pm", new LedgerLine.ChargeTerms("pm",
                "物业服务费", "2026-12", "bill-1", LocalDate.of(2026, 12, 31)), Money.of("287.40"), Instant.now(), "run"),
                (ledger, posting) -> List.of()));
        MatrixCaller ownerOfTheUnit = MatrixCaller.of("the owner of unit 101 in C1", TestTokens.owner("owner-c1", c1, unit));
        List<MatrixCaller> strangersOfTheLedger = new ArrayList<>(strangers.stream()
                .filter(caller -> !caller.name().equals("the owner of the unit in C1")).toList());
        strangersOfTheLedger.add(MatrixCaller.of("an owner of another unit in C1", TestTokens.owner("owner-c1-102", c1, c1 + "-u102")));

        String disclosure = disclosures.start(cashier, c1, YearMonth.of(2026, 11)).id();
        ledgers.post(payer, c1, new Ledgers.Command(ledger -> ledger.pay("pay-1", new LedgerLine.PaymentTerms(
                PaymentMethod.CASH, "batch"), Money.of("10.00"), List.of(), Instant.now(), "cashier"), (ledger, posting) -> List.of()));
        Caller owner = new Caller("owner-c1", "业主", Set.of("OWNER"), Set.of(c1), Set.of(unit), Set.of());
        String invoice = invoices.request(owner, new InvoiceRequests.Ask(payer, List.of("pay-1"),
                InvoiceRequest.TitleKind.PERSONAL, "张三", null, "owner@example.com"), null).id();

        // a unit of C1 billing knows, paid at the desk (a batch and a receipt) and with an online order
        units.apply(new UnitChanged(UUID.randomUUID().toString(), unit, Instant.now(), 1, c1, c1 + "-b1", "1-1-101", 1,
                "RESIDENTIAL", "HANDED_OVER", "89.50", "74.20"));
        CashierDesk.Taken taken = desk.take(cashier, new CashierDesk.DeskPayment(c1, unit, PaymentMethod.CASH,
                Money.of("100.00"), List.of(), "张伟", null), "matrix-" + c1);
        String order = online.create(owner, new OnlinePayments.NewOrder(unit, List.of(), List.of(), PaymentMethod.SANDBOX),
                "matrix-" + c1).order().id();
        FeeItem item = fees.create(cashier, c1, FeeKind.PROPERTY_MANAGEMENT, "物业服务费", new FeeStandard(0,
                LocalDate.of(2026, 1, 1), Formula.BUILDING_AREA, new BigDecimal("2.50"), Cycle.MONTHLY, BillingMode.PREPAID,
                new DueRule(DueRule.Kind.DAY_OF_MONTH, 15), Rounding.FEN, false), null).value();
        Attachment attachment = fees.attach(cashier, item.id(), new FeeItems.AttachmentDraft(
                new Attachment.Target(Attachment.TargetKind.UNIT, unit, null), null, LocalDate.of(2026, 1, 1), null), null).value();
        BillRun run = runs.runNow(cashier, new BillRuns.Request(c1, "2026-12", List.of(item.id())), Integer.MAX_VALUE);
        String bill = BillKeys.bill(c1, "2026-12", Payer.unit(unit));

        return List.of(
                new OwnedObject("an invoice request of unit 101 of C1", Map.of("id", invoice), financeOfC1, strangers,
                        "/api/v1/invoice-requests"),
                new OwnedObject("the November disclosure of C1", Map.of("id", disclosure), financeOfC1, strangers,
                        "/api/v1/disclosures"),
                new OwnedObject("an online payment order of unit 101 of C1", Map.of("orderId", order), ownerOfTheUnit,
                        strangersOfTheLedger),
                new OwnedObject("a cashier batch of C1", Map.of("batchId", taken.batch().id()), financeOfC1, strangers),
                new OwnedObject("a receipt of unit 101 of C1", Map.of("id", taken.receipt().id()), ownerOfTheUnit,
                        strangersOfTheLedger, "/api/v1/receipts"),
                new OwnedObject("the ledger of unit 101 of C1", Map.of("payer", payer.key()), ownerOfTheUnit,
                        strangersOfTheLedger),
                new OwnedObject("a waiver request of C1", Map.of("id", approval), financeOfC1, strangers,
                        "/api/v1/approvals"),
                new OwnedObject("a fee item of C1 and its attachment", Map.of("id", item.id(), "attachmentId",
                        attachment.id()), financeOfC1, strangers, "/api/v1/fee-items"),
                new OwnedObject("a bill run of C1", Map.of("id", run.id()), financeOfC1, strangers, "/api/v1/bill-runs"),
                new OwnedObject("a bill of C1", Map.of("id", bill), financeOfC1, strangers, "/api/v1/bills"));
    }
}
