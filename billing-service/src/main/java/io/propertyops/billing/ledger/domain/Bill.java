package io.propertyops.billing.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bill (账单) as the payer sees it: the charges of one bill id on their ledger (a bill run's lines, a repair,
 * late fees on them), with what each still owes — read from the ledger, never stored apart from it.
 */
public record Bill(String billId, String period, LocalDate dueOn, List<Ledger.OpenCharge> lines, Money total,
                   Money outstanding) {

    public enum Status { PAID, PARTLY_PAID, UNPAID, OVERDUE }

    public Status status(LocalDate today) {
        if (outstanding.isZero()) {
            return Status.PAID;
        }
        if (dueOn.isBefore(today)) {
            return Status.OVERDUE;
        }
        return outstanding.equals(total) ? Status.UNPAID : Status.PARTLY_PAID;
    }

    /** The ledger's bills, newest period first; charges without a bill id are bills of their own. */
    public static List<Bill> of(Ledger ledger) {
        Map<String, List<LedgerLine>> byBill = new LinkedHashMap<>();
        for (LedgerLine line : ledger.lines()) {
            if (line.kind().owed()) {
                String billId = line.charge().billId() != null ? line.charge().billId() : line.id();
                byBill.computeIfAbsent(billId, id -> new ArrayList<>()).add(line);
            }
        }
        List<Bill> bills = new ArrayList<>();
        byBill.forEach((billId, charges) -> {
            List<Ledger.OpenCharge> lines = charges.stream()
                    .map(charge -> new Ledger.OpenCharge(charge, ledger.outstanding(charge.id()))).toList();
            LedgerLine first = charges.getFirst();
            LocalDate dueOn = charges.stream().filter(c -> c.kind() == LedgerLine.Kind.CHARGE).map(LedgerLine::dueOn)
                    .min(LocalDate::compareTo).orElse(first.dueOn());
            bills.add(new Bill(billId, first.charge().period(), dueOn, lines,
                    charges.stream().map(LedgerLine::amount).reduce(Money.ZERO, Money::plus),
                    lines.stream().map(Ledger.OpenCharge::outstanding).reduce(Money.ZERO, Money::plus)));
        });
        bills.sort((a, b) -> b.dueOn().compareTo(a.dueOn()));
        return bills;
    }
}
