package io.propertyops.billing.ledger.domain;

import io.propertyops.billing.ledger.domain.LedgerLine.ChargeTerms;
import io.propertyops.billing.ledger.domain.LedgerLine.Kind;
import io.propertyops.billing.ledger.domain.LedgerLine.PaymentTerms;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit finds every rule broken in lines that no command would post (restored from a damaged store, say). */
class LedgerInvariantsTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final LedgerLine CHARGE = new LedgerLine("c1", Kind.CHARGE, Money.of("100.00"), AT, "run", null, null,
            new ChargeTerms("fee", "物业费", "2026-12", "b1", LocalDate.of(2026, 12, 15)), null, null, null);
    private static final LedgerLine PAYMENT = new LedgerLine("p1", Kind.PAYMENT, Money.of("80.00"), AT, "cashier", null,
            null, null, new PaymentTerms(PaymentMethod.CASH, "batch"), null, null);

    private static LedgerLine line(String id, Kind kind, String amount, String chargeId, String paymentId) {
        return new LedgerLine(id, kind, Money.of(amount), AT, "t", chargeId, paymentId, null, null, null, null);
    }

    @Test
    void linesPostedByCommandsKeepEveryRule() {
        assertThat(LedgerInvariants.violations(List.of(CHARGE, PAYMENT, line("a1", Kind.ALLOCATION, "80.00", "c1", "p1"),
                line("w1", Kind.WAIVER, "20.00", "c1", null)))).isEmpty();
    }

    @Test
    void anAllocationAboveThePaymentIsFound() {
        assertThat(LedgerInvariants.violations(List.of(CHARGE, PAYMENT, line("a1", Kind.ALLOCATION, "90.00", "c1", "p1"))))
                .singleElement().asString().contains("takes p1 below zero");
    }

    @Test
    void aChargeReducedBelowZeroIsFound() {
        assertThat(LedgerInvariants.violations(List.of(CHARGE, line("d1", Kind.DISCOUNT, "100.01", "c1", null))))
                .singleElement().asString().contains("takes c1 below zero");
    }

    @Test
    void aRefundAboveWhatIsLeftIsFound() {
        assertThat(LedgerInvariants.violations(List.of(CHARGE, PAYMENT, line("a1", Kind.ALLOCATION, "50.00", "c1", "p1"),
                line("r1", Kind.REFUND, "30.01", null, "p1")))).singleElement().asString().contains("takes p1 below zero");
    }

    @Test
    void aReversalOfMoreThanWasAllocatedIsFound() {
        assertThat(LedgerInvariants.violations(List.of(CHARGE, PAYMENT, line("a1", Kind.ALLOCATION, "10.00", "c1", "p1"),
                line("v1", Kind.ALLOCATION_REVERSAL, "20.00", "c1", "p1"))))
                .anySatisfy(broken -> assertThat(broken).contains("gives c1 back more than it took"));
    }

    @Test
    void linesNamingWhatIsNotOnTheLedgerAreFound() {
        assertThat(LedgerInvariants.violations(List.of(PAYMENT, line("a1", Kind.ALLOCATION, "10.00", "c9", "p1"))))
                .anySatisfy(broken -> assertThat(broken).contains("names c9"));
    }

    @Test
    void aRepeatedIdAndANonPositiveAmountAreFound() {
        LedgerLine zero = new LedgerLine("c2", Kind.CHARGE, Money.ZERO, AT, "t", null, null, CHARGE.charge(), null, null, null);
        assertThat(LedgerInvariants.violations(List.of(CHARGE, CHARGE, zero)))
                .anySatisfy(broken -> assertThat(broken).contains("c1 appears twice"))
                .anySatisfy(broken -> assertThat(broken).contains("c2 has amount 0.00"));
    }
}
