package io.propertyops.billing.fee.domain;

import io.propertyops.billing.fee.domain.FeeStandard.Basis;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every formula and rounding rule with the exact amount it charges. */
class FeeStandardTest {

    static final BillingPeriod DECEMBER = BillingPeriod.parse("2026-12");
    static final BillingPeriod Q4 = BillingPeriod.parse("2026-Q4");
    static final BillingPeriod YEAR = BillingPeriod.parse("2026");
    static final DueRule DAY_15 = new DueRule(DueRule.Kind.DAY_OF_MONTH, 15);

    static FeeStandard standard(Formula formula, String price, Cycle cycle, BillingMode mode, Rounding rounding) {
        return new FeeStandard(1, LocalDate.of(2026, 1, 1), formula, price == null ? null : new BigDecimal(price), cycle,
                mode, DAY_15, rounding, false);
    }

    static Basis unit(String buildingArea, String interiorArea) {
        return new Basis(new BigDecimal(buildingArea), interiorArea == null ? null : new BigDecimal(interiorArea), null, 0, null);
    }

    static Money amount(FeeStandard standard, BillingPeriod period, Basis basis) {
        FeeStandard.Computed computed = standard.compute(period, basis);
        assertThat(computed.skipped()).isNull();
        return computed.amount();
    }

    @ParameterizedTest(name = "2.35/m²/month × 89.53 m² (210.3955) rounded to {0} decimals {1} = {2}")
    @CsvSource({"2,HALF_UP,210.40", "2,UP,210.40", "2,DOWN,210.39", "1,HALF_UP,210.40", "1,UP,210.40", "1,DOWN,210.30",
            "0,HALF_UP,210.00", "0,UP,211.00", "0,DOWN,210.00"})
    void buildingAreaRoundedByEachRule(int scale, Rounding.Mode mode, String expected) {
        FeeStandard fee = standard(Formula.BUILDING_AREA, "2.35", Cycle.MONTHLY, BillingMode.PREPAID, new Rounding(scale, mode));
        assertThat(amount(fee, DECEMBER, unit("89.53", "70.00"))).isEqualTo(Money.of(expected));
    }

    @Test
    void aQuarterBillsThreeMonthsAndAYearTwelveRoundedOnceOnTheWhole() {
        FeeStandard quarterly = standard(Formula.BUILDING_AREA, "2.35", Cycle.QUARTERLY, BillingMode.PREPAID,
                new Rounding(2, Rounding.Mode.DOWN));
        assertThat(amount(quarterly, Q4, unit("89.53", null))).as("631.1865").isEqualTo(Money.of("631.18"));
        FeeStandard yearly = standard(Formula.BUILDING_AREA, "2.35", Cycle.YEARLY, BillingMode.PREPAID, Rounding.FEN);
        assertThat(amount(yearly, YEAR, unit("89.53", null))).as("2524.746").isEqualTo(Money.of("2524.75"));
    }

    @ParameterizedTest(name = "3.10/m² × interior 72.25 m² (223.975) {0} = {1}")
    @CsvSource({"HALF_UP,223.98", "UP,223.98", "DOWN,223.97"})
    void interiorArea(Rounding.Mode mode, String expected) {
        FeeStandard fee = standard(Formula.INTERIOR_AREA, "3.10", Cycle.MONTHLY, BillingMode.PREPAID, new Rounding(2, mode));
        assertThat(amount(fee, DECEMBER, unit("95.00", "72.25"))).isEqualTo(Money.of(expected));
    }

    @Test
    void aFixedAmountPerPayerPerMonth() {
        FeeStandard fee = standard(Formula.FIXED, "30", Cycle.QUARTERLY, BillingMode.PREPAID, Rounding.FEN);
        assertThat(amount(fee, Q4, new Basis(null, null, null, 0, null))).isEqualTo(Money.of("90.00"));
    }

    @ParameterizedTest(name = "0.4883/kWh × 236.500 kWh (115.48295) {0} = {1}")
    @CsvSource({"HALF_UP,115.48", "UP,115.49", "DOWN,115.48"})
    void meteredConsumptionTimesPrice(Rounding.Mode mode, String expected) {
        FeeStandard fee = standard(Formula.METERED, "0.4883", Cycle.MONTHLY, BillingMode.POSTPAID, new Rounding(2, mode));
        assertThat(amount(fee, DECEMBER, new Basis(null, null, new BigDecimal("236.500"), 0, null))).isEqualTo(Money.of(expected));
    }

    @Test
    void perParkingSpaceTimesSpacesAndMonths() {
        FeeStandard fee = standard(Formula.PER_PARKING_SPACE, "150", Cycle.QUARTERLY, BillingMode.PREPAID, Rounding.FEN);
        assertThat(amount(fee, Q4, new Basis(null, null, null, 2, null))).isEqualTo(Money.of("900.00"));
    }

    @Test
    void aStatedAmountAsItIsOncePerBill() {
        FeeStandard fee = standard(Formula.STATED, null, Cycle.ONCE, BillingMode.PREPAID, Rounding.FEN);
        assertThat(amount(fee, Q4, new Basis(null, null, null, 0, new BigDecimal("2000.00")))).isEqualTo(Money.of("2000.00"));
    }

    @Test
    void whatCannotBeComputedIsSkippedWithItsReason() {
        Basis nothing = new Basis(BigDecimal.ZERO, null, null, 0, null);
        assertThat(standard(Formula.BUILDING_AREA, "2", Cycle.MONTHLY, BillingMode.PREPAID, Rounding.FEN)
                .compute(DECEMBER, nothing).skipped()).isEqualTo("unit has no area");
        assertThat(standard(Formula.INTERIOR_AREA, "2", Cycle.MONTHLY, BillingMode.PREPAID, Rounding.FEN)
                .compute(DECEMBER, nothing).skipped()).isEqualTo("unit has no interior area");
        assertThat(standard(Formula.METERED, "2", Cycle.MONTHLY, BillingMode.POSTPAID, Rounding.FEN)
                .compute(DECEMBER, nothing).skipped()).isEqualTo("metered item without approved consumption");
        assertThat(standard(Formula.METERED, "0.5", Cycle.MONTHLY, BillingMode.POSTPAID, new Rounding(0, Rounding.Mode.DOWN))
                .compute(DECEMBER, new Basis(null, null, new BigDecimal("1.000"), 0, null)).skipped())
                .isEqualTo("amount rounds to zero");
    }

    @Test
    void aMeteredFeeIsMonthlyAndPostpaidAndAPriceSuitsItsFormula() {
        assertThatThrownBy(() -> standard(Formula.METERED, "3", Cycle.QUARTERLY, BillingMode.POSTPAID, Rounding.FEN))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("MONTHLY and POSTPAID");
        assertThatThrownBy(() -> standard(Formula.METERED, "3", Cycle.MONTHLY, BillingMode.PREPAID, Rounding.FEN))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> standard(Formula.STATED, "3", Cycle.ONCE, BillingMode.PREPAID, Rounding.FEN))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("price-not-used");
        assertThatThrownBy(() -> standard(Formula.FIXED, "0.00001", Cycle.ONCE, BillingMode.PREPAID, Rounding.FEN))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("invalid-price");
    }

    @Test
    void dueOnTheDayOfTheBillingMonthNeverBeforeIssue() {
        LocalDate issued = LocalDate.of(2026, 11, 25);
        assertThat(DAY_15.dueOn(DECEMBER, BillingMode.PREPAID, issued)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(DAY_15.dueOn(BillingPeriod.parse("2026-11"), BillingMode.POSTPAID, LocalDate.of(2026, 12, 2)))
                .as("postpaid: the month after").isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(new DueRule(DueRule.Kind.DAY_OF_MONTH, 31).dueOn(BillingPeriod.parse("2027-02"), BillingMode.PREPAID, issued))
                .as("a shorter month's last day").isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DAY_15.dueOn(DECEMBER, BillingMode.PREPAID, LocalDate.of(2026, 12, 20)))
                .as("issued late: due on issue").isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(new DueRule(DueRule.Kind.DAYS_AFTER_ISSUE, 10).dueOn(Q4, BillingMode.PREPAID, issued))
                .isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void periodsAreMonthsQuartersOrYears() {
        assertThat(Q4.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Q4.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(BillingPeriod.parse("2027-02").lastDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(YEAR.months()).isEqualTo(12);
        for (String bad : new String[]{"2026-13", "2026-Q5", "26-12", "2026-1", "2026-12-01", ""}) {
            assertThatThrownBy(() -> BillingPeriod.parse(bad)).as(bad).isInstanceOf(RuleViolationException.class);
        }
    }
}
