package io.propertyops.billing.fee.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a fee item's standard (收费标准), in force from {@code effectiveFrom} until the next version's date:
 * how the amount is computed, how often, before or after the period, when it falls due and how it is rounded. A
 * period is billed at the version in force on its first day; once a version has billed ({@code billed}) it is never
 * changed — a new price is a new version from a later date.
 *
 * @param number the version, 1 for the first
 * @param price  per m² per month, per payer per month, per space per month, or per m³ / kWh / GJ (up to four
 *               decimals: 0.4883 元/kWh); null for {@code STATED}, whose amounts are on the attachments
 */
public record FeeStandard(int number, LocalDate effectiveFrom, Formula formula, BigDecimal price, Cycle cycle,
                          BillingMode mode, DueRule dueRule, Rounding rounding, boolean billed) {

    /** What one payer's line of a period is computed from: only the parts the formula needs are set. */
    public record Basis(BigDecimal buildingAreaSqm, BigDecimal interiorAreaSqm, BigDecimal consumption, int spaces,
                        BigDecimal statedAmount) {
    }

    /** A line's amount, or why the payer is skipped (nothing is charged). */
    public record Computed(Money amount, String skipped) {

        static Computed skip(String reason) {
            return new Computed(null, reason);
        }
    }

    public FeeStandard {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dueRule, "dueRule");
        Objects.requireNonNull(rounding, "rounding");
        if (formula == Formula.STATED) {
            if (price != null) {
                throw new RuleViolationException("price-not-used", "price",
                        "A STATED fee's amounts are stated on its attachments, not as a price");
            }
        } else if (price == null || price.signum() <= 0 || price.stripTrailingZeros().scale() > 4) {
            throw new RuleViolationException("invalid-price", "price", "A price is more than zero, to at most 4 decimals");
        }
        if (formula == Formula.METERED && (cycle != Cycle.MONTHLY || mode != BillingMode.POSTPAID)) {
            throw new RuleViolationException("metered-monthly-postpaid", "cycle",
                    "A metered fee bills each month's approved consumption after the month: MONTHLY and POSTPAID");
        }
    }

    /** The same standard as a draft numbered {@code next}, not yet billed. */
    public FeeStandard numbered(int next) {
        return new FeeStandard(next, effectiveFrom, formula, price, cycle, mode, dueRule, rounding, false);
    }

    public FeeStandard markBilled() {
        return billed ? this : new FeeStandard(number, effectiveFrom, formula, price, cycle, mode, dueRule, rounding, true);
    }

    /** Whether two versions say the same (whatever their number and whether they billed). */
    public boolean sameTermsAs(FeeStandard other) {
        return effectiveFrom.equals(other.effectiveFrom) && formula == other.formula
                && (price == null ? other.price == null : other.price != null && price.compareTo(other.price) == 0)
                && cycle == other.cycle && mode == other.mode && dueRule.equals(other.dueRule) && rounding.equals(other.rounding);
    }

    /** One payer's amount for {@code period}, rounded by the standard's rule; or why there is none. */
    public Computed compute(BillingPeriod period, Basis basis) {
        BigDecimal months = BigDecimal.valueOf(cycle == Cycle.ONCE ? 1 : period.months());
        BigDecimal exact = switch (formula) {
            case BUILDING_AREA -> {
                if (basis.buildingAreaSqm() == null || basis.buildingAreaSqm().signum() <= 0) {
                    yield null;
                }
                yield price.multiply(basis.buildingAreaSqm()).multiply(months);
            }
            case INTERIOR_AREA -> basis.interiorAreaSqm() == null || basis.interiorAreaSqm().signum() <= 0 ? null
                    : price.multiply(basis.interiorAreaSqm()).multiply(months);
            case FIXED -> price.multiply(months);
            case METERED -> basis.consumption() == null ? null : price.multiply(basis.consumption());
            case PER_PARKING_SPACE -> basis.spaces() <= 0 ? null : price.multiply(BigDecimal.valueOf(basis.spaces())).multiply(months);
            case STATED -> basis.statedAmount();
        };
        if (exact == null) {
            return Computed.skip(switch (formula) {
                case BUILDING_AREA -> "unit has no area";
                case INTERIOR_AREA -> "unit has no interior area";
                case METERED -> "metered item without approved consumption";
                case PER_PARKING_SPACE -> "no parking space attached";
                case STATED -> "no stated amount";
                case FIXED -> throw new IllegalStateException("a fixed fee always has an amount");
            });
        }
        Money amount = rounding.round(exact);
        return amount.isPositive() ? new Computed(amount, null) : Computed.skip("amount rounds to zero");
    }
}
