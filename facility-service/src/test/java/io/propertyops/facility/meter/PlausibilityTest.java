package io.propertyops.facility.meter;

import io.propertyops.facility.meter.domain.Apportioning;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterKind;
import io.propertyops.facility.meter.domain.MeterPosition;
import io.propertyops.facility.meter.domain.PeriodConsumption;
import io.propertyops.facility.meter.domain.Plausibility;
import io.propertyops.facility.meter.domain.ReadingPoint;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.facility.meter.domain.Tariff;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlausibilityTest {

    static final Plausibility RULES = new Plausibility(new BigDecimal("3"), 6, 3);
    static final Instant INSTALLED = Instant.parse("2026-01-01T00:00:00Z");

    static Meter waterMeter(Integer digits, String multiplier) {
        return new Meter("m-601", "c1", MeterKind.WATER, Tariff.SINGLE, "WM-1", Location.of(LocationKind.UNIT, "u-601"),
                "601", null, new BigDecimal(multiplier), digits, Map.of(Register.TOTAL, new BigDecimal("100")), INSTALLED,
                null, null, false, 1);
    }

    static Map<Register, BigDecimal> total(String value) {
        return Map.of(Register.TOTAL, new BigDecimal(value));
    }

    /** Month ends 110, 120, 130, 140 (Jan–Apr): a median of 10 a month from February on. */
    static MeterPosition steadyTenAMonth() {
        MeterPosition position = MeterPosition.none("m-601");
        for (int month = 1; month <= 4; month++) {
            position = position.counting(new ReadingPoint("r" + month, YearMonth.of(2026, month).atEndOfMonth()
                    .atStartOfDay().toInstant(ZoneOffset.UTC), total(String.valueOf(100 + 10 * month))), YearMonth.of(2026, month));
        }
        return position;
    }

    @Test
    void aReadingWithinThreeTimesTheMedianIsPlausible() {
        Plausibility.Verdict verdict = RULES.judge(waterMeter(5, "1"), steadyTenAMonth(), YearMonth.of(2026, 5), total("168"), true);

        assertThat(verdict.rules()).isEmpty();
        assertThat(verdict.consumption()).containsEntry(Register.TOTAL, new BigDecimal("28.000"));
    }

    @Test
    void aJumpAboveThreeTimesTheMedianIsImplausible() {
        Plausibility.Verdict verdict = RULES.judge(waterMeter(5, "1"), steadyTenAMonth(), YearMonth.of(2026, 5), total("171"), null);

        assertThat(verdict.rules()).containsExactly(Plausibility.JUMP);
        assertThat(RULES.medianMonthly(waterMeter(5, "1"), steadyTenAMonth(), YearMonth.of(2026, 5))).isEqualByComparingTo("10");
    }

    @Test
    void withoutThreeMonthsOfHistoryThereIsNoJump() {
        MeterPosition young = MeterPosition.none("m-601").counting(new ReadingPoint("r1", Instant.parse("2026-01-31T00:00:00Z"),
                total("110")), YearMonth.of(2026, 1));

        assertThat(RULES.judge(waterMeter(5, "1"), young, YearMonth.of(2026, 2), total("900"), null).rules()).isEmpty();
    }

    @Test
    void aFallIsANegativeDeltaUnlessTheRegisterRolledOverAtItsDigits() {
        MeterPosition nearTheTop = MeterPosition.none("m-601").counting(new ReadingPoint("r1",
                Instant.parse("2026-01-31T00:00:00Z"), total("99990")), YearMonth.of(2026, 1));

        Plausibility.Verdict rolled = RULES.judge(waterMeter(5, "1"), nearTheTop, YearMonth.of(2026, 2), total("12"), null);
        assertThat(rolled.rules()).isEmpty();
        assertThat(rolled.rollover()).isTrue();
        assertThat(rolled.consumption()).containsEntry(Register.TOTAL, new BigDecimal("22.000"));

        assertThat(RULES.judge(waterMeter(5, "1"), nearTheTop, YearMonth.of(2026, 2), total("60000"), null).rules())
                .containsExactly(Plausibility.NEGATIVE_DELTA);
        assertThat(RULES.judge(waterMeter(null, "1"), nearTheTop, YearMonth.of(2026, 2), total("12"), null).rules())
                .as("without digits a fall is never a rollover").containsExactly(Plausibility.NEGATIVE_DELTA);
    }

    @Test
    void nothingUsedInAnOccupiedUnitIsImplausibleButNotInAnEmptyOne() {
        assertThat(RULES.judge(waterMeter(5, "1"), steadyTenAMonth(), YearMonth.of(2026, 5), total("140"), true).rules())
                .containsExactly(Plausibility.ZERO_OCCUPIED);
        assertThat(RULES.judge(waterMeter(5, "1"), steadyTenAMonth(), YearMonth.of(2026, 5), total("140"), false).rules()).isEmpty();
        assertThat(RULES.judge(waterMeter(5, "1"), steadyTenAMonth(), YearMonth.of(2026, 5), total("140"), null).rules()).isEmpty();
    }

    @Test
    void theMultiplierScalesTheConsumption() {
        assertThat(RULES.judge(waterMeter(5, "40"), MeterPosition.none("m-601"), YearMonth.of(2026, 1), total("102.5"), null)
                .consumption()).containsEntry(Register.TOTAL, new BigDecimal("100.000"));
    }

    @Test
    void aSharedMeterIsSplitByAreaOrByHouseholdAndTheSharesAddUpToTheWhole() {
        Apportioning byArea = new Apportioning(Apportioning.Rule.BY_AREA, List.of(
                new Apportioning.Share("u1", new BigDecimal("89.50")), new Apportioning.Share("u2", new BigDecimal("120.00")),
                new Apportioning.Share("u3", new BigDecimal("60.25"))));
        Map<String, BigDecimal> parts = byArea.split(new BigDecimal("100.000"));
        assertThat(parts).containsEntry("u1", new BigDecimal("33.179")).containsEntry("u2", new BigDecimal("44.486"))
                .containsEntry("u3", new BigDecimal("22.335"));
        assertThat(parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");

        Map<String, BigDecimal> households = new Apportioning(Apportioning.Rule.BY_HOUSEHOLD, List.of(
                new Apportioning.Share("u1", null), new Apportioning.Share("u2", null), new Apportioning.Share("u3", null)))
                .split(new BigDecimal("10.000"));
        assertThat(households).containsEntry("u1", new BigDecimal("3.333")).containsEntry("u3", new BigDecimal("3.334"));

        assertThat(new Apportioning(Apportioning.Rule.BY_AREA, List.of(new Apportioning.Share("u1", null))).areasKnown()).isFalse();
        assertThatThrownBy(() -> new Apportioning(Apportioning.Rule.BY_AREA, List.of(new Apportioning.Share("u1", BigDecimal.ZERO))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aMonthsConsumptionRunsFromTheLastCountedReadingBeforeItToItsLastAndSharesTheSharedMeters() {
        Meter own = waterMeter(5, "1");
        Meter shared = new Meter("m-lobby", "c1", MeterKind.WATER, Tariff.SINGLE, "WM-LOBBY",
                Location.of(LocationKind.COMMON_AREA, "lobby"), "大堂", null, BigDecimal.ONE, null,
                Map.of(Register.TOTAL, BigDecimal.ZERO), INSTALLED, null, new Apportioning(Apportioning.Rule.BY_HOUSEHOLD,
                List.of(new Apportioning.Share("u-601", null), new Apportioning.Share("u-602", null))), false, 1);
        MeterPosition lobby = MeterPosition.none("m-lobby").counting(new ReadingPoint("l1",
                Instant.parse("2026-05-20T00:00:00Z"), total("9")), YearMonth.of(2026, 5));

        PeriodConsumption.Statement may = PeriodConsumption.of(YearMonth.of(2026, 5), List.of(own, shared),
                Map.of("m-601", steadyTenAMonth().counting(new ReadingPoint("r5", Instant.parse("2026-05-25T00:00:00Z"),
                        total("155")), YearMonth.of(2026, 5)), "m-lobby", lobby));

        assertThat(may.units()).hasSize(2);
        PeriodConsumption.UnitConsumption unit601 = may.units().stream().filter(u -> u.unitId().equals("u-601")).findFirst().orElseThrow();
        assertThat(unit601.ownTotal()).isEqualByComparingTo("15");
        assertThat(unit601.sharedTotal()).isEqualByComparingTo("4.5");
        assertThat(may.units().stream().filter(u -> u.unitId().equals("u-602")).findFirst().orElseThrow().ownTotal()).isZero();
        assertThat(PeriodConsumption.of(YearMonth.of(2026, 6), List.of(own), Map.of("m-601", steadyTenAMonth()))
                .unreadMeterIds()).containsExactly("m-601");
    }
}
