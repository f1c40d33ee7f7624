package io.propertyops.facility.estate.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.shared.domain.LocationKind;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where communities and units are kept; each is saved together with the events its change caused. A community's
 * buildings, common areas and parking areas live in its document, so the places index says which community each
 * of them is in.
 */
public interface Estate {

    Optional<Community> community(String id);

    /** The communities of these ids, by name. */
    List<Community> communities(Collection<String> ids);

    /** Inserts a new community with its events; false if one of its id is stored already. */
    boolean insert(Community community, List<? extends DomainEvent> events);

    /** Replaces the community stored at {@code storedVersion} with its events; false if it changed meanwhile. */
    boolean replace(Community next, long storedVersion, List<? extends DomainEvent> events);

    Optional<Unit> unit(String id);

    /** A community's units, by number. */
    List<Unit> units(String communityId);

    /**
     * Inserts a new unit with its event.
     *
     * @return false when a unit of its id, or of its number in its building, is stored already; nothing was written
     */
    boolean insertUnit(Unit unit, DomainEvent event);

    /**
     * Inserts new units, each with its event (the event at the same index), in bulk; a unit whose id or number in
     * its building is stored already is left as it is. The events wait in the units' documents, marked for the
     * relay's sweep, until {@link #publishUnits} hands them to the relay.
     *
     * @return the units inserted
     */
    List<Unit> insertUnits(List<Unit> units, List<? extends DomainEvent> events);

    /**
     * Has the relay publish the events waiting in these units' documents now: after a bulk of inserts, once the
     * writes that go with it are done, so the relay's work does not slow them down.
     */
    void publishUnits(Collection<String> unitIds);

    /** Replaces the unit stored at {@code storedVersion} (0: before units were versioned) with its event; false if it changed meanwhile. */
    boolean replaceUnit(Unit next, long storedVersion, DomainEvent event);

    /** Records which community places of a community's document are in (buildings, common areas, parking areas); once each. */
    void recordPlaces(String communityId, Map<String, LocationKind> places);

    /** The community a building, common area or parking area is in, if recorded. */
    Optional<String> communityOfPlace(String placeId);
}
