package io.propertyops.billing.payment;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.events.facility.UnitChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A community's unit as billing knows it, and its charges: what the payment tests start from. */
public record PaymentFixtures(UnitAreas units, Ledgers ledgers) {

    public static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    /** A unit of a new community, with a bill of two charges (物业服务费 287.40, 水费 25.00, due 2026-12-31). */
    public Billed billedUnit() {
        String community = "c-" + UUID.randomUUID();
        String unit = community + "-u101";
        units.apply(new UnitChanged(UUID.randomUUID().toString(), unit, AT, 1, community, community + "-b1", "1-1-101", 1,
                "RESIDENTIAL", "HANDED_OVER", "89.50", "74.20"));
        String bill = "bill-2026-12-" + unit;
        charge(unit, community, bill + ":pm", bill, "物业服务费", "287.40", LocalDate.of(2026, 12, 31));
        charge(unit, community, bill + ":water", bill, "水费", "25.00", LocalDate.of(2026, 12, 31));
        return new Billed(community, unit, bill, List.of(bill + ":pm", bill + ":water"));
    }

    public void charge(String unit, String community, String id, String bill, String fee, String amount, LocalDate due) {
        ledgers.post(Payer.unit(unit), community, new Ledgers.Command(ledger -> ledger.charge(id,
                new LedgerLine.ChargeTerms(fee.equals("水费") ? "water" : "pm", fee, "2026-12", bill, due),
                Money.of(amount), AT, "bill-run"), (ledger, posting) -> List.of()));
    }

    public Ledger ledger(String unit) {
        return ledgers.find(Payer.unit(unit)).orElseThrow();
    }

    public record Billed(String community, String unit, String bill, List<String> charges) {
    }
}
