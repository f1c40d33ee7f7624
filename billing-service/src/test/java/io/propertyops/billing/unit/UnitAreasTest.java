package io.propertyops.billing.unit;

import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The units' areas reach billing from facility-service's events on the real broker; the newest version wins. */
@ServiceTest
class UnitAreasTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    UnitAreas units;

    final String unit = "unit-" + UUID.randomUUID();

    UnitChanged changed(long version, String buildingArea, String interiorArea, String state) {
        return changed(unit, version, buildingArea, interiorArea, state);
    }

    static UnitChanged changed(String unitId, long version, String buildingArea, String interiorArea, String state) {
        return new UnitChanged(UUID.randomUUID().toString(), unitId, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(version),
                version, "community-lakeside", "building-3", "3-1-1502", 15, "RESIDENTIAL", state, buildingArea, interiorArea);
    }

    static String area(int unit, long version) {
        return (100 + unit % 100) + "." + (version < 10 ? "0" : "") + version;
    }

    @Test
    void keepsEachUnitsAreasFromFacilityEvents() throws Exception {
        EventPublishing.publish(kafka, changed(1, "126.30", "104.85", "HANDED_OVER"));

        await().atMost(Duration.ofSeconds(20)).until(() -> units.unit(unit).isPresent());
        BilledUnit kept = units.unit(unit).orElseThrow();
        assertThat(kept.buildingAreaSqm()).isEqualByComparingTo("126.30");
        assertThat(kept.interiorAreaSqm()).isEqualByComparingTo("104.85");
        assertThat(kept.communityId()).isEqualTo("community-lakeside");
        assertThat(kept.state()).isEqualTo("HANDED_OVER");

        EventPublishing.publish(kafka, changed(2, "128.00", null, "OCCUPIED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> units.unit(unit).orElseThrow().version() == 2);
        assertThat(units.unit(unit).orElseThrow().buildingAreaSqm()).isEqualByComparingTo("128.00");
        assertThat(units.unit(unit).orElseThrow().interiorAreaSqm()).isNull();
        assertThat(units.unit(unit).orElseThrow().state()).isEqualTo("OCCUPIED");
    }

    @Test
    void aRedeliveredOrOlderSnapshotNeverReplacesANewerOne() {
        UnitChanged third = changed(3, "90.00", "75.00", "RENTED");
        assertThat(units.apply(third)).isTrue();
        assertThat(units.apply(changed(2, "88.00", null, "OCCUPIED"))).isFalse();
        assertThat(units.apply(third)).as("redelivered").isFalse();

        BilledUnit kept = units.unit(unit).orElseThrow();
        assertThat(kept.version()).isEqualTo(3);
        assertThat(kept.buildingAreaSqm()).isEqualByComparingTo("90.00");

        assertThat(units.apply(changed(4, "91.50", "76.00", "VACANT"))).isTrue();
        assertThat(units.unit(unit).orElseThrow().buildingAreaSqm()).isEqualByComparingTo("91.50");
    }

    /**
     * An estate import's burst: 500 units' snapshots published in one go land completely, and for every tenth unit a
     * newer snapshot, a late older one after it and the newer one redelivered leave the newer one kept.
     */
    @Test
    void aBurstOfSnapshotsLandsCompletelyAndTheNewestWins() throws Exception {
        String prefix = "burst-" + UUID.randomUUID() + "-";
        List<UnitChanged> burst = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            burst.add(changed(prefix + i, 1, area(i, 1), null, "UNSOLD"));
            if (i % 10 == 0) {
                UnitChanged third = changed(prefix + i, 3, area(i, 3), "80.00", "OCCUPIED");
                burst.add(third);
                burst.add(changed(prefix + i, 2, area(i, 2), null, "HANDED_OVER"));
                burst.add(third);
            }
        }

        EventPublishing.publishAll(kafka, burst);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (int i = 0; i < 500; i++) {
                BilledUnit kept = units.unit(prefix + i).orElseThrow(() -> new AssertionError("a unit is missing"));
                long newest = i % 10 == 0 ? 3 : 1;
                assertThat(kept.version()).as("unit %d", i).isEqualTo(newest);
                assertThat(kept.buildingAreaSqm()).as("unit %d", i).isEqualByComparingTo(area(i, newest));
                assertThat(kept.state()).as("unit %d", i).isEqualTo(newest == 3 ? "OCCUPIED" : "UNSOLD");
            }
        });
    }

    /** Within one batch the newest snapshot of each unit wins whatever the order; nothing older than kept is written. */
    @Test
    void aBatchKeepsTheNewestOfEachUnitAndNothingOlderThanKept() {
        String other = "unit-" + UUID.randomUUID();
        assertThat(units.apply(changed(5, "95.00", null, "RENTED"))).isTrue();

        int kept = units.applyAll(List.of(changed(3, "90.00", null, "OCCUPIED"), changed(other, 2, "70.00", null, "VACANT"),
                changed(4, "91.00", null, "OCCUPIED"), changed(other, 1, "69.00", null, "UNSOLD"),
                changed(other, 2, "70.00", null, "VACANT")));

        assertThat(kept).isEqualTo(1);
        assertThat(units.unit(unit).orElseThrow().version()).isEqualTo(5);
        assertThat(units.unit(unit).orElseThrow().buildingAreaSqm()).isEqualByComparingTo("95.00");
        assertThat(units.unit(other).orElseThrow().version()).isEqualTo(2);
        assertThat(units.unit(other).orElseThrow().buildingAreaSqm()).isEqualByComparingTo("70.00");

        assertThat(units.applyAll(List.of(changed(other, 2, "70.00", null, "VACANT"), changed(6, "96.00", null, "VACANT"))))
                .as("the redelivered one changes nothing, the newer one is kept").isEqualTo(1);
        assertThat(units.unit(unit).orElseThrow().buildingAreaSqm()).isEqualByComparingTo("96.00");
    }

    @Test
    void aCommunitysUnitsAreListedWithoutAnotherCommunitys() {
        String community = "community-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            units.apply(new UnitChanged(UUID.randomUUID().toString(), community + "-u" + i, Instant.parse("2026-12-01T00:00:00Z"),
                    1, community, "building-1", "1-1-10" + i, 1, "RESIDENTIAL", "OCCUPIED", "80.00", null));
        }
        units.apply(changed(1, "90.00", null, "OCCUPIED"));

        assertThat(units.inCommunity(community)).extracting(BilledUnit::unitId)
                .containsExactlyInAnyOrder(community + "-u0", community + "-u1", community + "-u2");
    }
}
