package io.propertyops.billing.billrun.application;

import io.propertyops.billing.billrun.domain.PayerBill;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.LedgerLine.ChargeTerms;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.DomainEvent;
import io.propertyops.events.billing.BillIssued;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Posts bills: each line a charge on its payer's ledger (a line already there is left as it is), each bill that
 * posted something announced by a {@code BillIssued} in the same write, many payers in one bulk posting; then the
 * bills' read model is rewritten from the ledgers.
 */
@Service
public class BillPosting {

    /**
     * A bill after posting: as the ledger now holds the lines it was to post ({@code billed}; a line posted before
     * with another amount shows that amount), how many of them were posted now, and the whole bill as issued.
     */
    public record Posted(PayerBill billed, int postedLines, BillStore.Issued issued) {
    }

    private final Ledgers ledgers;
    private final BillStore bills;

    BillPosting(Ledgers ledgers, BillStore bills) {
        this.ledgers = ledgers;
        this.bills = bills;
    }

    /** Posts the bills of one community (one or more per payer) in one bulk posting. */
    public List<Posted> post(String communityId, List<PayerBill> toPost, Instant at, String by) {
        Map<Payer, List<PayerBill>> byPayer = toPost.stream()
                .collect(Collectors.groupingBy(PayerBill::payer, LinkedHashMap::new, Collectors.toList()));
        Map<Payer, Ledgers.Command> commands = new LinkedHashMap<>();
        byPayer.forEach((payer, payerBills) -> commands.put(payer, new Ledgers.Command(
                ledger -> charge(ledger, payerBills, at, by),
                (before, posting) -> issued(payerBills, posting.posted(), at))));
        Map<Payer, Ledger.Posting> postings = ledgers.postAll(communityId, commands);

        List<Posted> posted = new ArrayList<>(toPost.size());
        List<BillStore.Issued> issued = new ArrayList<>(toPost.size());
        for (PayerBill bill : toPost) {
            Ledger.Posting posting = postings.get(bill.payer());
            Set<String> postedNow = posting.posted().stream().map(LedgerLine::id).collect(Collectors.toSet());
            BillStore.Issued whole = asIssued(bill, posting.ledger());
            Set<String> wanted = bill.lines().stream().map(PayerBill.Line::chargeId).collect(Collectors.toSet());
            PayerBill billed = whole.bill().withLines(whole.bill().lines().stream()
                    .filter(line -> wanted.contains(line.chargeId())).toList());
            posted.add(new Posted(billed, (int) billed.lines().stream().filter(line -> postedNow.contains(line.chargeId())).count(),
                    whole));
            issued.add(whole);
        }
        bills.saveAll(issued);
        return posted;
    }

    private static Ledger.Posting charge(Ledger ledger, List<PayerBill> payerBills, Instant at, String by) {
        Ledger current = ledger;
        List<LedgerLine> posted = new ArrayList<>();
        for (PayerBill bill : payerBills) {
            for (PayerBill.Line line : bill.lines()) {
                if (current.line(line.chargeId()).isPresent()) {
                    continue; // posted before (this run earlier, or a run crashed after posting): never twice
                }
                Ledger.Posting posting = current.charge(line.chargeId(), new ChargeTerms(line.feeItemId(), line.feeName(),
                        bill.period(), bill.billId(), line.dueOn()), line.amount(), at, by);
                current = posting.ledger();
                posted.addAll(posting.posted());
            }
        }
        return new Ledger.Posting(current, posted);
    }

    /** A {@code BillIssued} per bill that posted lines now, with those lines. */
    private static List<DomainEvent> issued(List<PayerBill> payerBills, List<LedgerLine> posted, Instant at) {
        List<DomainEvent> events = new ArrayList<>();
        for (PayerBill bill : payerBills) {
            List<LedgerLine> lines = posted.stream().filter(line -> bill.billId().equals(line.charge().billId())).toList();
            if (lines.isEmpty()) {
                continue;
            }
            Money total = lines.stream().map(LedgerLine::amount).reduce(Money.ZERO, Money::plus);
            LocalDate dueOn = lines.stream().map(LedgerLine::dueOn).min(Comparator.naturalOrder()).orElseThrow();
            events.add(new BillIssued(UUID.randomUUID().toString(), bill.billId(), at, bill.communityId(),
                    bill.payer().key(), bill.unitId(), bill.period(), dueOn, total.toString(),
                    lines.stream().map(line -> new BillIssued.Line(line.id(), line.charge().feeItemId(),
                            line.charge().feeName(), line.amount().toString())).toList()));
        }
        return events;
    }

    /** The whole bill as the ledger holds it: every charge posted on it, by any run. */
    static BillStore.Issued asIssued(PayerBill bill, Ledger ledger) {
        List<LedgerLine> lines = ledger.lines().stream().filter(line -> line.kind() == LedgerLine.Kind.CHARGE
                && line.charge() != null && bill.billId().equals(line.charge().billId())).toList();
        Instant issuedAt = lines.stream().map(LedgerLine::postedAt).min(Comparator.naturalOrder()).orElse(null);
        return new BillStore.Issued(bill.withLines(lines.stream().map(line -> new PayerBill.Line(line.id(),
                line.charge().feeItemId(), line.charge().feeName(), line.amount(), line.charge().dueOn())).toList()), issuedAt);
    }
}
