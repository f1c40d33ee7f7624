package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A community (小区) was registered or its structure changed: its name and every building (楼栋) with the units
 * (房屋) in it. A whole snapshot, so a read model replaces what it kept; {@code version} rises with every change,
 * so a redelivered or late older snapshot never overwrites a newer one.
 *
 * @param aggregateId the community id
 * @param version     the community's structure version, 1 at registration
 * @param name        the community's name
 * @param buildings   every building now, each with all its unit ids
 */
@EventType(value = "propertyops.facility.community-structure-changed.v1", topic = Topics.FACILITY)
public record CommunityStructureChanged(String eventId, String aggregateId, Instant occurredAt, long version,
                                        String name, List<Building> buildings) implements FacilityEvent {

    public CommunityStructureChanged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(name, "name");
        buildings = List.copyOf(requireNonNull(buildings, "buildings"));
    }

    /** A building (楼栋) and the ids of all its units. */
    public record Building(String buildingId, String name, List<String> unitIds) {

        public Building {
            requireNonNull(buildingId, "buildingId");
            requireNonNull(name, "name");
            unitIds = List.copyOf(requireNonNull(unitIds, "unitIds"));
        }
    }
}
