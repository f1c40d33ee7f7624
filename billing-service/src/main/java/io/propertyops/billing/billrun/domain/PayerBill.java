package io.propertyops.billing.billrun.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A payer's bill (账单) of a period as it is to be posted: one line per fee item, each a charge on the payer's
 * ledger. Where the payer is a unit, its building and number come along for the lists.
 */
public record PayerBill(String billId, String communityId, String period, Payer payer, String unitId, String buildingId,
                        String unitNumber, List<Line> lines) {

    /** One fee item's charge on the bill. */
    public record Line(String chargeId, String feeItemId, String feeName, Money amount, LocalDate dueOn) {

        public Line {
            Objects.requireNonNull(chargeId, "chargeId");
            Objects.requireNonNull(feeItemId, "feeItemId");
            Objects.requireNonNull(feeName, "feeName");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(dueOn, "dueOn");
        }
    }

    public PayerBill {
        Objects.requireNonNull(billId, "billId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(payer, "payer");
        lines = List.copyOf(lines);
    }

    public Money total() {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    /** When the bill falls due: its earliest line's due day. */
    public LocalDate dueOn() {
        return lines.stream().map(Line::dueOn).min(LocalDate::compareTo).orElse(null);
    }

    public PayerBill withLines(List<Line> others) {
        return new PayerBill(billId, communityId, period, payer, unitId, buildingId, unitNumber, others);
    }
}
