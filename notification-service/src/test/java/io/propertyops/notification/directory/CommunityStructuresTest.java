package io.propertyops.notification.directory;

import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.notification.directory.application.CommunityStructures;
import io.propertyops.notification.directory.domain.CommunityStructure;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class CommunityStructuresTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    CommunityStructures structures;
    @Autowired
    MongoTemplate mongo;

    final String community = "community-" + UUID.randomUUID();

    CommunityStructureChanged structure(long version, List<String> unitsOfTheFirstBuilding) {
        return new CommunityStructureChanged(UUID.randomUUID().toString(), community,
                Instant.parse("2026-11-23T07:00:00Z").plusSeconds(version), version, "翠湖花园",
                List.of(new CommunityStructureChanged.Building(community + "-b1", "1号楼", unitsOfTheFirstBuilding),
                        new CommunityStructureChanged.Building(community + "-b2", "2号楼", List.of("b2-101"))));
    }

    @Test
    void keepsWhichUnitsAreInWhichBuildingFromFacilityEvents() throws Exception {
        EventPublishing.publish(kafka, structure(1, List.of("b1-101", "b1-102")));

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(community, CommunityStructure.class, "community_structures") != null);
        assertThat(structures.unitsIn(List.of(community + "-b1"))).containsExactlyInAnyOrder("b1-101", "b1-102");
        assertThat(structures.unitsIn(List.of(community + "-b1", community + "-b2")))
                .containsExactlyInAnyOrder("b1-101", "b1-102", "b2-101");
        assertThat(structures.unknownBuildings(List.of(community), List.of(community + "-b2", "b9"))).containsExactly("b9");
        assertThat(structures.unknownBuildings(List.of("elsewhere"), List.of(community + "-b2")))
                .containsExactly(community + "-b2");
    }

    @Test
    void aRedeliveredOrOlderSnapshotNeverReplacesANewerOne() {
        CommunityStructureChanged grown = structure(2, List.of("b1-101", "b1-102", "b1-103"));
        structures.apply(grown);
        structures.apply(structure(1, List.of("b1-101")));
        structures.apply(grown);

        CommunityStructure kept = mongo.findById(community, CommunityStructure.class, "community_structures");
        assertThat(kept.version()).isEqualTo(2);
        assertThat(structures.unitsIn(List.of(community + "-b1"))).containsExactlyInAnyOrder("b1-101", "b1-102", "b1-103");

        structures.apply(structure(3, List.of("b1-101")));
        assertThat(structures.unitsIn(List.of(community + "-b1"))).containsExactly("b1-101");
    }
}
