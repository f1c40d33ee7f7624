package io.propertyops.billing.arrears.domain;

import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The receivables of a period (应收), what of them was collected by a moment (实收), and the collection rate
 * (收缴率 = collected ÷ (receivable − waived and discounted)), in total and grouped (by fee item, by building):
 * the figures of the monthly receivables review. Late fees are counted apart, never in the rate's base.
 *
 * @param receivable what the period's charges came to
 * @param reduced    of it, waived or discounted by {@code asOf}
 * @param collected  of it, settled by payments by {@code asOf}
 * @param lateFees   late fees posted on the period's charges by {@code asOf}
 */
public record Receivables(Money receivable, Money reduced, Money collected, Money lateFees) {

    public static final Receivables NONE = new Receivables(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Receivables plus(Receivables other) {
        return new Receivables(receivable.plus(other.receivable), reduced.plus(other.reduced),
                collected.plus(other.collected), lateFees.plus(other.lateFees));
    }

    /** What remains to collect. */
    public Money outstanding() {
        return receivable.minus(reduced).minus(collected);
    }

    /** Collected over what was due after reductions, 0–1 with four places; 1 when nothing was due. */
    public BigDecimal collectionRate() {
        BigDecimal base = receivable.minus(reduced).yuan();
        return base.signum() == 0 ? BigDecimal.ONE.setScale(4)
                : collected.yuan().divide(base, 4, RoundingMode.HALF_UP);
    }

    /**
     * The receivables of the ledgers' charges for {@code period} as of {@code asOf}, grouped by {@code key} (the
     * charge's fee item, the payer's building…); charges whose key is null are left out.
     */
    public static Map<String, Receivables> of(List<Ledger> ledgers, String period, Instant asOf,
                                              Function<LineOf, String> key) {
        Map<String, Receivables> grouped = new LinkedHashMap<>();
        for (Ledger ledger : ledgers) {
            Map<String, Receivables> byCharge = new LinkedHashMap<>();
            Map<String, String> keys = new LinkedHashMap<>();
            for (LedgerLine line : ledger.lines()) {
                if (line.postedAt().isAfter(asOf)) {
                    continue;
                }
                if (line.kind() == LedgerLine.Kind.CHARGE && period.equals(line.charge().period())) {
                    String group = key.apply(new LineOf(ledger, line));
                    if (group != null) {
                        keys.put(line.id(), group);
                        byCharge.put(line.id(), new Receivables(line.amount(), Money.ZERO, Money.ZERO, Money.ZERO));
                    }
                    continue;
                }
                String chargeId = line.chargeId();
                if (chargeId == null || !byCharge.containsKey(chargeId)) {
                    continue;
                }
                Receivables before = byCharge.get(chargeId);
                Receivables after = switch (line.kind()) {
                    case ALLOCATION -> new Receivables(before.receivable, before.reduced,
                            before.collected.plus(line.amount()), before.lateFees);
                    case ALLOCATION_REVERSAL -> new Receivables(before.receivable, before.reduced,
                            before.collected.minus(line.amount()), before.lateFees);
                    case DISCOUNT, WAIVER -> new Receivables(before.receivable, before.reduced.plus(line.amount()),
                            before.collected, before.lateFees);
                    case LATE_FEE -> new Receivables(before.receivable, before.reduced, before.collected,
                            before.lateFees.plus(line.amount()));
                    default -> before;
                };
                byCharge.put(chargeId, after);
            }
            byCharge.forEach((chargeId, figures) -> grouped.merge(Objects.requireNonNull(keys.get(chargeId)), figures,
                    Receivables::plus));
        }
        return grouped;
    }

    /** A charge line with the ledger it is on, for grouping. */
    public record LineOf(Ledger ledger, LedgerLine line) {
    }
}
