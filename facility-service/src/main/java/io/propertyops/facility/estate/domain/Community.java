package io.propertyops.facility.estate.domain;

import io.propertyops.events.facility.CommunityStructureChanged;

import java.time.Instant;
import java.util.List;

/**
 * A residential community (小区) the company manages, with its buildings (楼栋) and common areas. Its structure —
 * which buildings it has and which units are in each — is published whole on every change, at a rising version.
 */
public record Community(String id, String name, String city, String district, String address,
                        List<Building> buildings, List<CommonArea> commonAreas, long version) {

    public Community {
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
        commonAreas = commonAreas == null ? List.of() : List.copyOf(commonAreas);
    }

    /** A building (楼栋) with the ids of all its units. */
    public record Building(String id, String name, int floors, List<String> unitIds) {

        public Building {
            unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        }
    }

    public record CommonArea(String id, String name) {
    }

    /** Whether the two have the same name, buildings and units: anything else does not concern the structure event. */
    public boolean sameStructureAs(Community other) {
        return name.equals(other.name) && buildings.equals(other.buildings);
    }

    /** The same community as structure version {@code next}. */
    public Community asVersion(long next) {
        return new Community(id, name, city, district, address, buildings, commonAreas, next);
    }

    /** The event telling this community's whole structure at its version. */
    public CommunityStructureChanged structureChanged(String eventId, Instant at) {
        return new CommunityStructureChanged(eventId, id, at, version, name, buildings.stream()
                .map(building -> new CommunityStructureChanged.Building(building.id(), building.name(), building.unitIds()))
                .toList());
    }
}
