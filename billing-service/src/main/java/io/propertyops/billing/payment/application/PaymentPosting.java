package io.propertyops.billing.payment.application;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.application.SettledBills;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.LedgerLine.PaymentTerms;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.payment.domain.PaymentIds;
import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.events.DomainEvent;
import io.propertyops.events.billing.PaymentReceived;
import io.propertyops.events.billing.PaymentReversed;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Posts a payment — online or at the desk, told by its receipt — to the payer's ledger through {@link Ledgers}: the
 * money allocated to the charges chosen (or every open charge, oldest first), the rest kept as prepaid balance, with
 * {@code PaymentReceived} (carrying the receipt's number) and a {@code BillSettled} for each bill it settled, in the
 * ledger's one write. Its line id is the payment id, so posting it again — a repeated notification, a retried
 * request, the completion job — posts nothing. A reversal likewise, with {@code PaymentReversed}.
 */
@Service
public class PaymentPosting {

    private final Ledgers ledgers;
    private final Clock clock;

    PaymentPosting(Ledgers ledgers, Clock clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** Posts the receipt's payment once; the ledger after it. */
    public Ledger post(Receipt receipt) {
        Payer payer = Payer.parse(receipt.payer());
        return ledgers.post(payer, receipt.communityId(), new Ledgers.Command(
                ledger -> ledger.pay(receipt.paymentId(), new PaymentTerms(receipt.method(), receipt.reference()),
                        receipt.amount(), chosen(ledger, receipt.chargeIds()), receipt.receivedAt(),
                        receipt.cashierId() != null ? receipt.cashierId() : "payer"),
                (before, posting) -> received(receipt, payer, before, posting))).ledger();
    }

    /** Reverses the receipt's payment once (posting it first should it not be posted yet); the ledger after it. */
    public Ledger reverse(Receipt receipt, String reason, String by) {
        Payer payer = Payer.parse(receipt.payer());
        boolean posted = ledgers.find(payer).flatMap(ledger -> ledger.line(receipt.paymentId())).isPresent();
        if (!posted) {
            post(receipt);
        }
        Instant now = clock.instant();
        String unitId = payer.kind() == Payer.Kind.UNIT ? payer.id() : null;
        return ledgers.post(payer, receipt.communityId(), new Ledgers.Command(
                ledger -> ledger.reversePayment(PaymentIds.reversal(receipt.paymentId()), receipt.paymentId(), reason, now, by),
                (before, posting) -> List.of(new PaymentReversed(UUID.randomUUID().toString(), receipt.paymentId(), now,
                        receipt.communityId(), payer.key(), unitId, receipt.amount().toString(), reason)))).ledger();
    }

    /** The chosen charges the ledger knows (all of them: they were checked when chosen), or none for oldest first. */
    private static List<String> chosen(Ledger ledger, List<String> chargeIds) {
        return chargeIds.stream().filter(id -> ledger.line(id).map(line -> line.kind().owed()).orElse(false)).toList();
    }

    private List<DomainEvent> received(Receipt receipt, Payer payer, Ledger before, Ledger.Posting posting) {
        Instant now = clock.instant();
        String unitId = payer.kind() == Payer.Kind.UNIT ? payer.id() : null;
        Money allocated = posting.posted().stream().filter(line -> line.kind() == LedgerLine.Kind.ALLOCATION)
                .map(LedgerLine::amount).reduce(Money.ZERO, Money::plus);
        List<DomainEvent> events = new ArrayList<>();
        events.add(new PaymentReceived(UUID.randomUUID().toString(), receipt.paymentId(), now, receipt.communityId(),
                payer.key(), unitId, receipt.amount().toString(), receipt.method().name(), receipt.number(),
                allocated.toString(), receipt.amount().minus(allocated).toString(), posting.ledger().owed().toString()));
        events.addAll(SettledBills.of(before, posting, now));
        return events;
    }
}
