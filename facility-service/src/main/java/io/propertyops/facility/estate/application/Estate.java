package io.propertyops.facility.estate.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where communities and units are kept; a community is saved together with the events its change caused. */
public interface Estate {

    /** Inserts the units not stored yet; returns how many were new. */
    int insertUnitsOnce(List<Unit> units);

    Optional<Community> community(String id);

    /** Inserts a new community with its events; false if it is stored already. */
    boolean insert(Community community, List<? extends DomainEvent> events);

    /** Replaces the community stored at {@code storedVersion} with its events; false if it changed meanwhile. */
    boolean replace(Community next, long storedVersion, List<? extends DomainEvent> events);

    /** The communities of these ids, by name. */
    List<Community> communities(Collection<String> ids);

    /** A community's units, by number. */
    List<Unit> units(String communityId);
}
