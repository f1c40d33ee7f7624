package io.propertyops.billing.payment;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.PaymentOrderStore;
import io.propertyops.billing.payment.application.ReceiptCompletion;
import io.propertyops.billing.payment.application.ReceiptStore;
import io.propertyops.billing.payment.domain.PaymentIds;
import io.propertyops.billing.payment.domain.PaymentOrder;
import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payment whose posting was cut short right after its receipt took its number (the service died between the two
 * writes): the number is not lost — it is the receipt's — and the completion job posts the payment and marks its order
 * paid, once.
 */
@ServiceTest
class PaymentCompletionTest {

    @Autowired
    UnitAreas units;
    @Autowired
    Ledgers ledgers;
    @Autowired
    PaymentOrderStore orders;
    @Autowired
    ReceiptStore receipts;
    @Autowired
    ReceiptCompletion completion;

    @Test
    void aPaymentCutShortAfterItsReceiptIsCompletedByTheJob() {
        PaymentFixtures fixtures = new PaymentFixtures(units, ledgers);
        PaymentFixtures.Billed billed = fixtures.billedUnit();
        String orderId = "PO" + Long.toHexString(System.nanoTime()).toUpperCase() + "COMPLETION";
        Instant now = Instant.now();
        orders.insert(PaymentOrder.create(orderId, billed.community(), billed.unit(), "owner-1", "张伟",
                PaymentMethod.WECHAT_PAY, Money.of("312.40"), List.of(), "1-1-101 物业服务费", now,
                now.plus(Duration.ofMinutes(15))), now.plus(Duration.ofMinutes(5)));
        String paymentId = PaymentIds.online(PaymentMethod.WECHAT_PAY, "4200000001202612011234567890");
        // what the notification wrote before the service died: the receipt, with its number, and nothing else
        Receipt receipt = receipts.issue(new Receipt.Draft(billed.community(), Receipt.codeOf(billed.community()), 2026,
                paymentId, "UNIT:" + billed.unit(), billed.unit(), "1-1-101", "张伟", Money.of("312.40"),
                PaymentMethod.WECHAT_PAY, "4200000001202612011234567890", List.of(), Receipt.Source.ORDER, orderId, null,
                null, now), now.minusSeconds(1));
        assertThat(receipt.number()).endsWith("-2026-000001");
        assertThat(fixtures.ledger(billed.unit()).line(paymentId)).isEmpty();

        completion.runDue();
        completion.runDue();

        assertThat(fixtures.ledger(billed.unit()).lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.PAYMENT)
                .singleElement().satisfies(line -> assertThat(line.id()).isEqualTo(paymentId));
        assertThat(fixtures.ledger(billed.unit()).owed()).isEqualTo(Money.ZERO);
        assertThat(orders.find(orderId).orElseThrow().state()).isEqualTo(PaymentOrder.State.PAID);
        assertThat(receipts.find(receipt.id()).orElseThrow().completed()).isTrue();
        assertThat(receipts.dueForCompletion(Instant.now(), 1000)).noneMatch(due -> due.id().equals(receipt.id()));
    }
}
