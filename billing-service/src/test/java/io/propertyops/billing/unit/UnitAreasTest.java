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
        return new UnitChanged(UUID.randomUUID().toString(), unit, Instant.parse("2026-12-01T00:00:00Z").plusSeconds(version),
                version, "community-lakeside", "building-3", "3-1-1502", 15, "RESIDENTIAL", state, buildingArea, interiorArea);
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
