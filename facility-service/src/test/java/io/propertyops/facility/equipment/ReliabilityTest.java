package io.propertyops.facility.equipment;

import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentDetails;
import io.propertyops.facility.equipment.domain.EquipmentState;
import io.propertyops.facility.equipment.domain.EquipmentType;
import io.propertyops.facility.equipment.domain.Importance;
import io.propertyops.facility.equipment.domain.Reliability;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.propertyops.facility.equipment.domain.EquipmentState.DOWN;
import static io.propertyops.facility.equipment.domain.EquipmentState.IDLE;
import static io.propertyops.facility.equipment.domain.EquipmentState.OPERATIONAL;
import static io.propertyops.facility.equipment.domain.EquipmentState.STANDBY;
import static io.propertyops.facility.equipment.domain.EquipmentState.UNDER_MAINTENANCE;
import static org.assertj.core.api.Assertions.assertThat;

class ReliabilityTest {

    static final Duration REPEAT_WINDOW = Duration.ofDays(30);
    static final Reliability.Period JANUARY = new Reliability.Period(at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z"));

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static Equipment pump(String price) {
        return Equipment.register("pump-1", "community-1", new EquipmentDetails("PUMP-03-02", EquipmentType.PUMP,
                        "3号楼 2号生活水泵", null, null, null, Location.of(LocationKind.COMMON_AREA, "pump-room-3"),
                        "3号楼 水泵房", Importance.A, price == null ? null : new BigDecimal(price), null, null, 15, null, null),
                "EQ-TEST", OPERATIONAL, "pm-1", at("2026-01-01T00:00:00Z"));
    }

    static Equipment to(Equipment equipment, EquipmentState state, String when) {
        return equipment.changeState(state, "test", null, false, "pm-1", at(when)).equipment();
    }

    static Equipment corrective(Equipment equipment, String when) {
        return equipment.changeState(UNDER_MAINTENANCE, "repair", "wo-3", true, "pm-1", at(when)).equipment();
    }

    /**
     * January (744 h): failure 1 down 6 h; failure 2 down 10 h (2 h DOWN, 8 h under repair) 14 days after the first
     * ended, a repeat; standby from the 25th (still operating); 4 h of corrective work on the 28th (downtime, no
     * failure); idle the last two days (48 h, neither). Operating 744 − 6 − 10 − 4 − 48 = 676 h, downtime 20 h.
     */
    @Test
    void worksOutMtbfMttrAvailabilityRepeatsAndCostOverAMonth() {
        Equipment pump = pump("48600.00");
        pump = to(pump, DOWN, "2026-01-05T00:00:00Z");
        pump = to(pump, OPERATIONAL, "2026-01-05T06:00:00Z");
        pump = to(pump, DOWN, "2026-01-20T00:00:00Z");
        pump = pump.workOrderLinked("wo-2", "WO-20260120-0001", "REPAIR", "plumbing", "水泵停机", at("2026-01-20T00:30:00Z")).orElseThrow();
        pump = to(pump, UNDER_MAINTENANCE, "2026-01-20T02:00:00Z");
        pump = pump.workOrderResolved("wo-2", "更换机械密封", at("2026-01-20T10:00:00Z")).orElseThrow().equipment();
        pump = pump.workOrderClosed("wo-2", new BigDecimal("380.00"), at("2026-01-20T12:00:00Z")).orElseThrow().equipment();
        pump = to(pump, STANDBY, "2026-01-25T00:00:00Z");
        pump = corrective(pump, "2026-01-28T00:00:00Z");
        pump = to(pump, OPERATIONAL, "2026-01-28T04:00:00Z");
        pump = to(pump, IDLE, "2026-01-30T00:00:00Z");
        pump = pump.workOrderLinked("wo-9", "WO-20260210-0002", "REPAIR", "plumbing", "异响", at("2026-02-09T00:00:00Z")).orElseThrow();
        pump = pump.workOrderClosed("wo-9", new BigDecimal("200.00"), at("2026-02-10T00:00:00Z")).orElseThrow().equipment();

        Reliability.Figures january = Reliability.of(pump, JANUARY, at("2026-03-01T00:00:00Z"), REPEAT_WINDOW);

        assertThat(january.operatingHours()).isEqualByComparingTo("676.00");
        assertThat(january.downtimeHours()).isEqualByComparingTo("20.00");
        assertThat(january.failures()).isEqualTo(2);
        assertThat(january.mtbfHours()).isEqualByComparingTo("338.00");
        assertThat(january.repairedFailures()).isEqualTo(2);
        assertThat(january.mttrHours()).isEqualByComparingTo("8.00");
        assertThat(january.availability()).isEqualByComparingTo("0.9713");
        assertThat(january.repeatFailures()).isEqualTo(1);
        assertThat(january.repairCost()).isEqualByComparingTo("380.00");
        assertThat(january.lifetimeRepairCost()).isEqualByComparingTo("580.00");
        assertThat(january.repairCostShareOfPrice()).isEqualByComparingTo("0.0078");
        assertThat(january.lifetimeRepairCostShareOfPrice()).isEqualByComparingTo("0.0119");
    }

    /** A failure counts where it began; its repair where it ended, with its whole downtime. */
    @Test
    void countsAFailureInThePeriodItBeganAndItsRepairInThePeriodItEnded() {
        Equipment pump = to(pump(null), DOWN, "2026-01-31T20:00:00Z");
        pump = to(pump, OPERATIONAL, "2026-02-01T06:00:00Z");
        Instant now = at("2026-03-01T00:00:00Z");

        Reliability.Figures january = Reliability.of(pump, JANUARY, now, REPEAT_WINDOW);
        Reliability.Figures february = Reliability.of(pump, new Reliability.Period(at("2026-02-01T00:00:00Z"),
                at("2026-03-01T00:00:00Z")), now, REPEAT_WINDOW);

        assertThat(january.failures()).isEqualTo(1);
        assertThat(january.mtbfHours()).isEqualByComparingTo("740.00"); // 744 − 4 h down
        assertThat(january.mttrHours()).isNull();
        assertThat(january.downtimeHours()).isEqualByComparingTo("4.00");
        assertThat(february.failures()).isZero();
        assertThat(february.mtbfHours()).isNull();
        assertThat(february.mttrHours()).isEqualByComparingTo("10.00");
        assertThat(february.downtimeHours()).isEqualByComparingTo("6.00");
        assertThat(january.repairCostShareOfPrice()).as("no purchase price").isNull();
    }

    /** DOWN, under repair, DOWN again is one failure; an open one counts its downtime up to now. */
    @Test
    void countsADownTimeThatWentDownAgainAsOneFailureOpenUntilNow() {
        Equipment pump = to(pump("1000"), DOWN, "2026-01-10T00:00:00Z");
        pump = to(pump, UNDER_MAINTENANCE, "2026-01-10T01:00:00Z");
        pump = to(pump, DOWN, "2026-01-10T03:00:00Z");

        Reliability.Figures figures = Reliability.of(pump, JANUARY, at("2026-01-11T00:00:00Z"), REPEAT_WINDOW);

        assertThat(pump.downtimes()).hasSize(1);
        assertThat(figures.failures()).isEqualTo(1);
        assertThat(figures.operatingHours()).isEqualByComparingTo("216.00"); // 9 days up to the failure
        assertThat(figures.downtimeHours()).isEqualByComparingTo("24.00");
        assertThat(figures.mttrHours()).isNull();
        assertThat(figures.availability()).isEqualByComparingTo("0.9000");
    }

    @Test
    void addsUpSeveralPiecesBeforeDividing() {
        Equipment one = to(to(pump("1000.00"), DOWN, "2026-01-02T00:00:00Z"), OPERATIONAL, "2026-01-02T02:00:00Z");
        Equipment two = to(to(to(pump("3000.00"), DOWN, "2026-01-03T00:00:00Z"), OPERATIONAL, "2026-01-03T04:00:00Z"),
                IDLE, "2026-01-11T00:00:00Z");
        Instant now = at("2026-01-11T00:00:00Z");

        Reliability.Figures total = Reliability.of(one, JANUARY, now, REPEAT_WINDOW)
                .plus(Reliability.of(two, JANUARY, now, REPEAT_WINDOW));

        assertThat(total.equipmentCount()).isEqualTo(2);
        assertThat(total.failures()).isEqualTo(2);
        assertThat(total.operatingHours()).isEqualByComparingTo("474.00"); // 238 + 236
        assertThat(total.mtbfHours()).isEqualByComparingTo("237.00");
        assertThat(total.mttrHours()).isEqualByComparingTo("3.00");
        assertThat(total.purchasePrice()).isEqualByComparingTo("4000.00");
    }
}
