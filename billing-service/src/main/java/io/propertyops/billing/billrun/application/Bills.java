package io.propertyops.billing.billrun.application;

import io.propertyops.billing.billrun.domain.PayerBill;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bills staff list: each bill's lines as issued, and what each still owes — read from its payer's ledger,
 * never kept beside it.
 */
@Service
public class Bills {

    /** A bill with what its lines still owe ({@code outstanding} by charge id; a line settled owes zero). */
    public record BillView(PayerBill bill, Instant issuedAt, Map<String, Money> outstanding) {

        public Money owed() {
            return outstanding.values().stream().reduce(Money.ZERO, Money::plus);
        }
    }

    public record Page(List<BillView> bills, int total, int page, int size) {
    }

    private final BillStore store;
    private final Ledgers ledgers;

    Bills(BillStore store, Ledgers ledgers) {
        this.store = store;
        this.ledgers = ledgers;
    }

    /** A community's bills, of a period and of a unit when given, by period then unit number; one page. */
    public Page list(Caller caller, String communityId, String period, String unitId, int page, int size) {
        caller.requireCommunity(communityId);
        List<BillStore.Issued> all = store.inCommunity(communityId, period, unitId).stream()
                .sorted(Comparator.comparing((BillStore.Issued issued) -> issued.bill().period()).reversed()
                        .thenComparing(issued -> Optional.ofNullable(issued.bill().unitNumber()).orElse(""))
                        .thenComparing(issued -> issued.bill().payer().key())
                        .thenComparing(issued -> issued.bill().billId()))
                .toList();
        int from = Math.min(all.size(), page * size);
        Map<Payer, Ledger> read = new HashMap<>();
        List<BillView> views = all.subList(from, Math.min(all.size(), from + size)).stream()
                .map(issued -> view(issued, read.computeIfAbsent(issued.bill().payer(), this::ledgerOf))).toList();
        return new Page(views, all.size(), page, size);
    }

    public BillView get(Caller caller, String billId) {
        BillStore.Issued issued = store.find(billId).filter(bill -> caller.inCommunity(bill.bill().communityId()))
                .orElseThrow(() -> new NotFoundException("Bill", billId));
        return view(issued, ledgerOf(issued.bill().payer()));
    }

    private Ledger ledgerOf(Payer payer) {
        return ledgers.find(payer).orElse(null);
    }

    private static BillView view(BillStore.Issued issued, Ledger ledger) {
        Map<String, Money> outstanding = new LinkedHashMap<>();
        for (PayerBill.Line line : issued.bill().lines()) {
            outstanding.put(line.chargeId(), ledger == null || ledger.line(line.chargeId()).isEmpty()
                    ? line.amount() : ledger.outstanding(line.chargeId()));
        }
        return new BillView(issued.bill(), issued.issuedAt(), outstanding);
    }
}
