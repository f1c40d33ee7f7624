package io.propertyops.notification.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A community's buildings (楼栋) and the units in each, as facility-service last published them.
 *
 * @param version the structure version of the snapshot kept; an older one never replaces it
 */
@Document("community_structures")
public record CommunityStructure(@Id String id, String name, long version, List<Building> buildings) {

    public CommunityStructure {
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
    }

    public record Building(@Indexed String buildingId, String name, List<String> unitIds) {
    }
}
