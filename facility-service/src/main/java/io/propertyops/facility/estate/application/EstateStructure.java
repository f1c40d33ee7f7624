package io.propertyops.facility.estate.application;

import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records communities and their units, and publishes a community's whole structure each time it changes — once
 * per change: an unchanged community writes nothing, and two writers of the same change race on the version, so
 * only one of them records the event.
 */
@Service
public class EstateStructure {

    private final Estate estate;
    private final Clock clock;

    EstateStructure(Estate estate, Clock clock) {
        this.estate = estate;
        this.clock = clock;
    }

    /**
     * Records a community as it is now, with its units (each building naming all of them); returns how many
     * documents were new or changed.
     */
    public int record(Community community, List<Unit> units) {
        int written = estate.insertUnitsOnce(units);
        Optional<Community> stored = estate.community(community.id());
        if (stored.isEmpty()) {
            Community first = community.asVersion(1);
            return written + (estate.insert(first, List.of(structureChanged(first))) ? 1 : 0);
        }
        if (stored.get().sameStructureAs(community)) {
            return written;
        }
        Community next = community.asVersion(stored.get().version() + 1);
        return written + (estate.replace(next, stored.get().version(), List.of(structureChanged(next))) ? 1 : 0);
    }

    public Optional<Community> community(String id) {
        return estate.community(id);
    }

    /** The communities of these ids, by name. */
    public List<Community> communities(Collection<String> ids) {
        return estate.communities(ids);
    }

    /** A community's units, by number. */
    public List<Unit> units(String communityId) {
        return estate.units(communityId);
    }

    private CommunityStructureChanged structureChanged(Community community) {
        return community.structureChanged(UUID.randomUUID().toString(), clock.instant());
    }
}
