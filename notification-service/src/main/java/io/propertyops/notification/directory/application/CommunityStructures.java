package io.propertyops.notification.directory.application;

import io.propertyops.events.facility.CommunityStructureChanged;
import java.util.Collection;
import java.util.Set;

/**
 * Which units are in which building of each community, kept from facility-service's structure snapshots, so that
 * an announcement to some buildings finds their residents without asking facility-service.
 */
public interface CommunityStructures {

    /**
     * Keeps the snapshot unless a newer one is kept already; each snapshot is the whole structure, so a redelivered
     * or late older one changes nothing.
     */
    void apply(CommunityStructureChanged event);

    /** The building ids among {@code buildingIds} that no community of {@code communityIds} has. */
    Set<String> unknownBuildings(Collection<String> communityIds, Collection<String> buildingIds);

    /** The ids of every unit in these buildings. */
    Set<String> unitsIn(Collection<String> buildingIds);
}
