package io.propertyops.notification.directory.domain;

import java.util.List;

/**
 * A community's buildings (楼栋) and the units in each, as facility-service last published them.
 *
 * @param version the structure version of the snapshot kept; an older one never replaces it
 */
public record CommunityStructure(String id, String name, long version, List<Building> buildings) {

    public CommunityStructure {
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
    }

    public record Building(String buildingId, String name, List<String> unitIds) {
    }
}
