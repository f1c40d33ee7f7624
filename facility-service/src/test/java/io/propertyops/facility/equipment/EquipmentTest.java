package io.propertyops.facility.equipment;

import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.propertyops.facility.equipment.ReliabilityTest.at;
import static io.propertyops.facility.equipment.ReliabilityTest.pump;
import static io.propertyops.facility.equipment.ReliabilityTest.to;
import static io.propertyops.facility.equipment.domain.EquipmentState.DOWN;
import static io.propertyops.facility.equipment.domain.EquipmentState.IDLE;
import static io.propertyops.facility.equipment.domain.EquipmentState.OPERATIONAL;
import static io.propertyops.facility.equipment.domain.EquipmentState.SCRAPPED;
import static io.propertyops.facility.equipment.domain.EquipmentState.STANDBY;
import static io.propertyops.facility.equipment.domain.EquipmentState.UNDER_MAINTENANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EquipmentTest {

    @Test
    void refusesChangesItsStateDoesNotAllow() {
        Equipment down = to(pump("1"), DOWN, "2026-01-02T00:00:00Z");

        Equipment underRepair = to(down, UNDER_MAINTENANCE, "2026-01-02T01:00:00Z");

        assertThatThrownBy(() -> to(down, IDLE, "2026-01-02T01:00:00Z")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot go from DOWN to IDLE");
        assertThatThrownBy(() -> to(underRepair, IDLE, "2026-01-02T02:00:00Z")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("open downtime");
        assertThatThrownBy(() -> to(down, DOWN, "2026-01-02T01:00:00Z")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> to(down, SCRAPPED, "2026-01-02T01:00:00Z")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void returnsToStandbyWhenTheWorkOrderThatFixedAStandbyPumpIsResolved() {
        Equipment pump = to(to(pump("1"), STANDBY, "2026-01-02T00:00:00Z"), DOWN, "2026-01-03T00:00:00Z");
        pump = pump.workOrderLinked("wo-1", "WO-1", "REPAIR", "plumbing", "漏水", at("2026-01-03T00:10:00Z")).orElseThrow();

        Equipment.Changed resolved = pump.workOrderResolved("wo-1", "换密封", at("2026-01-03T05:00:00Z")).orElseThrow();

        assertThat(resolved.equipment().state()).isEqualTo(STANDBY);
        assertThat(resolved.equipment().downtimes().getFirst().workOrderId()).isEqualTo("wo-1");
        assertThat(resolved.equipment().downtimes().getFirst().repaired()).isTrue();
        assertThat(resolved.event().from()).isEqualTo("DOWN");
        assertThat(resolved.event().workOrderId()).isEqualTo("wo-1");
        assertThat(resolved.event().actorId()).isEqualTo(Equipment.SYSTEM);
        assertThat(resolved.equipment().workOrderResolved("wo-1", "again", at("2026-01-03T06:00:00Z"))).isEmpty();
    }

    @Test
    void addsAClosedWorkOrdersChargesOnce() {
        Equipment pump = pump("1").workOrderLinked("wo-1", "WO-1", "REPAIR", "plumbing", "漏水",
                at("2026-01-03T00:10:00Z")).orElseThrow();
        Equipment closed = pump.workOrderClosed("wo-1", new BigDecimal("128.5"), at("2026-01-04T00:00:00Z"))
                .orElseThrow().equipment();

        assertThat(closed.repairCost()).isEqualByComparingTo("128.50");
        assertThat(closed.workOrderClosed("wo-1", new BigDecimal("128.5"), at("2026-01-04T00:00:00Z"))).isEmpty();
        assertThat(closed.workOrderLinked("wo-1", "WO-1", "REPAIR", "plumbing", "漏水", at("2026-01-05T00:00:00Z"))).isEmpty();
        assertThat(closed.workOrderClosed("wo-unknown", BigDecimal.TEN, at("2026-01-04T00:00:00Z"))).isEmpty();
    }

    @Test
    void isScrappedOnlyByAnotherPersonsApprovalAndEndsItsDowntimeUnrepaired() {
        Equipment down = to(pump("1"), DOWN, "2026-01-02T00:00:00Z");
        Equipment requested = down.requestScrap("r-1", "超过使用年限", "pm-1", at("2026-01-03T00:00:00Z"));

        assertThatThrownBy(() -> requested.requestScrap("r-2", "again", "pm-2", at("2026-01-03T00:00:00Z")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> requested.approveScrap("r-1", "pm-1", null, at("2026-01-04T00:00:00Z")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("other than");
        Equipment.Changed scrapped = requested.approveScrap("r-1", "pm-2", "同意", at("2026-01-04T00:00:00Z"));

        assertThat(scrapped.equipment().state()).isEqualTo(SCRAPPED);
        assertThat(scrapped.equipment().downtimes().getFirst().endedAt()).isEqualTo(at("2026-01-04T00:00:00Z"));
        assertThat(scrapped.equipment().downtimes().getFirst().repaired()).isFalse();
        assertThat(scrapped.event().to()).isEqualTo("SCRAPPED");
        assertThatThrownBy(() -> to(scrapped.equipment(), OPERATIONAL, "2026-01-05T00:00:00Z"))
                .isInstanceOf(ConflictException.class);
    }
}
