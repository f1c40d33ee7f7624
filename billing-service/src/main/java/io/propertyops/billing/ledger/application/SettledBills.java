package io.propertyops.billing.ledger.application;

import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.billing.BillSettled;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The bills a posting settled: those with a charge the posting reduced whose every charge (late fees on the bill
 * included) owed something before and owes nothing after. Every posting that reduces charges — a payment, the
 * prepaid balance spent, a discount, a waiver — adds these {@code BillSettled} to its events, so reminders of the
 * bill stop however it was settled.
 */
public final class SettledBills {

    private SettledBills() {
    }

    public static List<BillSettled> of(Ledger before, Ledger.Posting posting, Instant at) {
        Ledger after = posting.ledger();
        Set<String> touched = new LinkedHashSet<>();
        for (LedgerLine line : posting.posted()) {
            if (line.chargeId() != null && line.kind() != LedgerLine.Kind.LATE_FEE) {
                after.line(line.chargeId()).map(LedgerLine::charge).map(LedgerLine.ChargeTerms::billId)
                        .ifPresent(touched::add);
            }
        }
        List<BillSettled> settled = new ArrayList<>();
        for (String billId : touched) {
            List<LedgerLine> charges = after.lines().stream().filter(line -> line.kind().owed() && line.charge() != null
                    && billId.equals(line.charge().billId())).toList();
            boolean paidNow = charges.stream().allMatch(charge -> after.outstanding(charge.id()).isZero());
            boolean owedBefore = charges.stream().anyMatch(charge -> before.line(charge.id()).isPresent()
                    && before.outstanding(charge.id()).isPositive());
            if (paidNow && owedBefore) {
                Payer payer = after.payer();
                settled.add(new BillSettled(UUID.randomUUID().toString(), billId, at, after.communityId(), payer.key(),
                        payer.kind() == Payer.Kind.UNIT ? payer.id() : null, charges.getFirst().charge().period()));
            }
        }
        return settled;
    }
}
