package io.propertyops.billing.fee.domain;

import io.propertyops.starter.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A standard's history: a period is billed at the version in force on its first day; what billed is kept. */
class FeeItemTest {

    static FeeStandard monthly(String from, String price, BillingMode mode) {
        return new FeeStandard(0, LocalDate.parse(from), Formula.BUILDING_AREA, new BigDecimal(price), Cycle.MONTHLY, mode,
                new DueRule(DueRule.Kind.DAY_OF_MONTH, 15), Rounding.FEN, false);
    }

    static FeeItem item() {
        return FeeItem.create("item-1", "c-1", FeeKind.PROPERTY_MANAGEMENT, "物业服务费",
                monthly("2026-01-01", "2.00", BillingMode.PREPAID), Instant.parse("2026-01-01T00:00:00Z"), "fin-1");
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aPeriodIsBilledAtTheVersionInForceOnItsFirstDay() {
        FeeItem item = item().withStandard(monthly("2027-01-01", "2.50", BillingMode.PREPAID))
                .withStandard(monthly("2026-12-15", "2.20", BillingMode.PREPAID));

        assertThat(item.standards()).extracting(FeeStandard::number).containsExactly(1, 3, 2);
        assertThat(item.selectFor(BillingPeriod.parse("2026-12"), TODAY).standard().price()).isEqualByComparingTo("2.00");
        assertThat(item.selectFor(BillingPeriod.parse("2027-01"), TODAY).standard().price()).isEqualByComparingTo("2.50");
        assertThat(item.selectFor(BillingPeriod.parse("2025-12"), TODAY).problem()).isEqualTo("standard-not-in-force");
    }

    @Test
    void aPeriodOfAnotherCycleOrAPostpaidPeriodNotOverIsNotBilled() {
        assertThat(item().selectFor(BillingPeriod.parse("2026-Q4"), TODAY).problem()).isEqualTo("period-not-in-cycle");
        FeeItem postpaid = FeeItem.create("i", "c", FeeKind.OTHER, "n", monthly("2026-01-01", "1", BillingMode.POSTPAID),
                Instant.EPOCH, "x");
        assertThat(postpaid.selectFor(BillingPeriod.parse("2026-11"), TODAY).problem()).isEqualTo("period-not-ended");
        assertThat(postpaid.selectFor(BillingPeriod.parse("2026-10"), TODAY).billable()).isTrue();
    }

    @Test
    void anUnbilledVersionIsReplacedByOneOfTheSameDateABilledOneNever() {
        FeeItem item = item().withStandard(monthly("2026-01-01", "2.10", BillingMode.PREPAID));
        assertThat(item.standards()).singleElement().satisfies(s -> {
            assertThat(s.price()).isEqualByComparingTo("2.10");
            assertThat(s.number()).isEqualTo(1);
        });

        FeeItem billed = item.billed(BillingPeriod.parse("2026-12"));
        assertThat(billed.standards().getFirst().billed()).isTrue();
        assertThat(billed.billedUntil()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> billed.withStandard(monthly("2026-01-01", "9.99", BillingMode.PREPAID)))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("standard-billed");
        assertThatThrownBy(() -> billed.withStandard(monthly("2026-12-01", "9.99", BillingMode.PREPAID)))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("period-billed");
        assertThat(billed.withStandard(monthly("2026-12-02", "2.50", BillingMode.PREPAID)).standards()).hasSize(2);
        assertThat(billed.billed(BillingPeriod.parse("2026-11"))).as("billing an earlier period again changes nothing")
                .isSameAs(billed);
    }
}
