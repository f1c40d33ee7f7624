package io.propertyops.facility.estate.application;

import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.CommonAreaKind;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Registers communities and edits their buildings, common areas and parking areas, and publishes a community's
 * whole structure each time it changes — once per change: an unchanged community writes nothing, and two writers
 * race on the version, so only one of them records its event (the other tries again on what the first wrote).
 * Every write also takes the buildings' unit ids from the units as stored, so a unit written just before (or a
 * write that stopped between the unit and the community) is in the structure the next event tells.
 */
@Service
public class EstateStructure {

    private static final int ATTEMPTS = 5;

    private final Estate estate;
    private final Clock clock;

    EstateStructure(Estate estate, Clock clock) {
        this.estate = estate;
        this.clock = clock;
    }

    /** A community and whether this call registered it (false: a retry found it). */
    public record Registered(Community community, boolean created) {
    }

    /**
     * Registers a community.
     *
     * @param id the id to give it (as security-service grants staff access by it), or null for a new one
     * @throws ConflictException when a different community has that id
     */
    public Registered register(Caller caller, String id, Community.Details details, String idempotencyKey) {
        String communityId = id != null ? id : NewIds.of("community", caller.id(), idempotencyKey);
        Community first = Community.register(communityId, details).asVersion(1);
        if (estate.insert(first, List.of(structureChanged(first)))) {
            return new Registered(first, true);
        }
        Community stored = estate.community(communityId).orElseThrow();
        if (!stored.details().equals(details)) {
            throw new ConflictException("duplicate-community", "A community with the id " + communityId + " exists");
        }
        return new Registered(stored, false);
    }

    /** A community of the caller's. */
    public Community community(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return estate.community(communityId).orElseThrow(() -> new NotFoundException("Community", communityId));
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

    public Community update(Caller caller, String communityId, Long expected, Community.Details details) {
        return change(caller, communityId, expected, community -> community.with(details));
    }

    /** A building of a community and the community at the version that has it. */
    public record Placed<T>(Community community, T item, boolean created) {
    }

    public Placed<Community.Building> addBuilding(Caller caller, String communityId, String name, int floors,
                                                  String idempotencyKey) {
        String id = NewIds.of("building:" + communityId, caller.id(), idempotencyKey);
        boolean[] created = {true};
        Community saved = change(caller, communityId, null, community -> {
            created[0] = community.building(id).isEmpty();
            return created[0] ? community.withBuilding(id, name, floors) : community;
        });
        return new Placed<>(saved, saved.building(id).orElseThrow(), created[0]);
    }

    public Placed<Community.Building> updateBuilding(Caller caller, String communityId, String buildingId,
                                                     Long expected, String name, int floors) {
        Community saved = change(caller, communityId, expected, community -> {
            community.requireBuilding(buildingId);
            return community.withBuilding(buildingId, name, floors);
        });
        return new Placed<>(saved, saved.building(buildingId).orElseThrow(), false);
    }

    public Placed<Community.CommonArea> addCommonArea(Caller caller, String communityId, String name,
                                                      CommonAreaKind kind, String buildingId, String idempotencyKey) {
        String id = NewIds.of("common-area:" + communityId, caller.id(), idempotencyKey);
        boolean[] created = {true};
        Community saved = change(caller, communityId, null, community -> {
            created[0] = community.commonArea(id).isEmpty();
            return created[0] ? community.withCommonArea(new Community.CommonArea(id, name.strip(), kind, buildingId))
                    : community;
        });
        return new Placed<>(saved, saved.commonArea(id).orElseThrow(), created[0]);
    }

    public Placed<Community.CommonArea> updateCommonArea(Caller caller, String communityId, String areaId,
                                                         Long expected, String name, CommonAreaKind kind,
                                                         String buildingId) {
        Community saved = change(caller, communityId, expected, community -> {
            community.commonArea(areaId).orElseThrow(() -> new NotFoundException("Common area", areaId));
            return community.withCommonArea(new Community.CommonArea(areaId, name.strip(), kind, buildingId));
        });
        return new Placed<>(saved, saved.commonArea(areaId).orElseThrow(), false);
    }

    public Placed<Community.ParkingArea> addParkingArea(Caller caller, String communityId, String name,
                                                        String idempotencyKey) {
        String id = NewIds.of("parking-area:" + communityId, caller.id(), idempotencyKey);
        boolean[] created = {true};
        Community saved = change(caller, communityId, null, community -> {
            created[0] = community.parkingArea(id).isEmpty();
            return created[0] ? community.withParkingArea(new Community.ParkingArea(id, name.strip())) : community;
        });
        return new Placed<>(saved, saved.parkingArea(id).orElseThrow(), created[0]);
    }

    public Placed<Community.ParkingArea> updateParkingArea(Caller caller, String communityId, String areaId,
                                                           Long expected, String name) {
        Community saved = change(caller, communityId, expected, community -> {
            community.parkingArea(areaId).orElseThrow(() -> new NotFoundException("Parking area", areaId));
            return community.withParkingArea(new Community.ParkingArea(areaId, name.strip()));
        });
        return new Placed<>(saved, saved.parkingArea(areaId).orElseThrow(), false);
    }

    /** Takes the buildings' unit ids from the units as stored, and publishes the structure if that changed it. */
    public Community refresh(String communityId) {
        return change(communityId, null, UnaryOperator.identity());
    }

    /**
     * Changes a community of the caller's on the version the caller read (If-Match), with its units as stored.
     *
     * @throws StaleVersionException when {@code expected} is not the version now
     */
    Community change(Caller caller, String communityId, Long expected, UnaryOperator<Community> change) {
        caller.requireCommunity(communityId);
        return change(communityId, expected, change);
    }

    Community change(String communityId, Long expected, UnaryOperator<Community> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Community stored = estate.community(communityId)
                    .orElseThrow(() -> new NotFoundException("Community", communityId));
            StaleVersionException.check("Community " + communityId, expected, stored.version());
            Community changed = change.apply(stored).withUnits(estate.units(communityId));
            if (changed.sameAs(stored) && stored.version() > 0) {
                return stored;
            }
            Community next = changed.asVersion(stored.version() + 1);
            estate.recordPlaces(communityId, newPlaces(stored.version() == 0
                    ? Community.register(communityId, stored.details()) : stored, next));
            if (estate.replace(next, stored.version(), List.of(structureChanged(next)))) {
                return next;
            }
        }
        throw new ConflictException("concurrent-update",
                "Community " + communityId + " kept changing meanwhile; read it again and retry");
    }

    /**
     * Seeds a community as a data file describes it (the demo estate): what the community lacks is added — the
     * community itself, buildings, common areas, units — and what staff have changed since is left alone. A unit
     * stored before units were versioned is brought up to date (type, state, a first event). Returns how many
     * documents were new or changed.
     *
     * @param units the file's units, each at version 1
     */
    public int seed(Community fromFile, List<Unit> units) {
        int written = 0;
        for (Unit unit : units) {
            Optional<Unit> stored = estate.unit(unit.id());
            if (stored.isEmpty()) {
                written += estate.insertUnit(unit, unit.changed(UUID.randomUUID().toString(), clock.instant())) ? 1 : 0;
            } else if (stored.get().version() == 0) {
                written += estate.replaceUnit(unit, 0, unit.changed(UUID.randomUUID().toString(), clock.instant()))
                        ? 1 : 0;
            }
        }
        Optional<Community> stored = estate.community(fromFile.id());
        if (stored.isEmpty()) {
            Community first = fromFile.withUnits(estate.units(fromFile.id())).asVersion(1);
            estate.recordPlaces(first.id(), newPlaces(Community.register(first.id(), first.details()), first));
            if (estate.insert(first, List.of(structureChanged(first)))) {
                return written + 1;
            }
        }
        Community before = estate.community(fromFile.id()).orElseThrow();
        // a community stored before places were recorded
        estate.recordPlaces(before.id(), newPlaces(Community.register(before.id(), before.details()), before));
        Community after = change(fromFile.id(), null, community -> {
            Community next = community;
            for (Community.Building building : fromFile.buildings()) {
                if (next.building(building.id()).isEmpty()) {
                    next = next.withBuilding(building.id(), building.name(), building.floors());
                }
            }
            for (Community.CommonArea area : fromFile.commonAreas()) {
                if (next.commonArea(area.id()).isEmpty()) {
                    next = next.withCommonArea(area);
                }
            }
            for (Community.ParkingArea area : fromFile.parkingAreas()) {
                if (next.parkingArea(area.id()).isEmpty()) {
                    next = next.withParkingArea(area);
                }
            }
            return next;
        });
        return written + (after.version() != before.version() ? 1 : 0);
    }

    /** The buildings, common areas and parking areas {@code next} has and {@code before} had not. */
    static Map<String, LocationKind> newPlaces(Community before, Community next) {
        Map<String, LocationKind> places = new HashMap<>();
        next.buildings().stream().filter(b -> before.building(b.id()).isEmpty())
                .forEach(b -> places.put(b.id(), LocationKind.BUILDING));
        next.commonAreas().stream().filter(a -> before.commonArea(a.id()).isEmpty())
                .forEach(a -> places.put(a.id(), LocationKind.COMMON_AREA));
        next.parkingAreas().stream().filter(a -> before.parkingArea(a.id()).isEmpty())
                .forEach(a -> places.put(a.id(), LocationKind.PARKING_AREA));
        return places;
    }

    CommunityStructureChanged structureChanged(Community community) {
        return community.structureChanged(UUID.randomUUID().toString(), clock.instant());
    }
}
