package io.propertyops.facility.estate.application;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.EstateLocation;
import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The estate's places by their {@link Location} reference: which community each is in and its name as staff say
 * it ({@code 3号楼 1-1-101}, {@code 3号楼 水泵房}). Other facility features call it to check that a location they
 * are given is in the community concerned and to name it in what they record and publish; the picker lists a
 * community's places through it. Every look-up reads by id: the community, the unit or the space, and for a
 * building, common area or parking area the places index that says which community's document it is in.
 */
@Service
public class Locations {

    /** What owners and residents may pick: the shared places, and their own units. */
    private static final Set<LocationKind> SHARED = Set.of(LocationKind.COMMUNITY, LocationKind.BUILDING,
            LocationKind.COMMON_AREA, LocationKind.PARKING_AREA);
    private static final Set<String> STAFF = Set.of(Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN);

    private final Estate estate;
    private final ParkingSpaceStore spaces;

    Locations(Estate estate, ParkingSpaceStore spaces) {
        this.estate = estate;
        this.spaces = spaces;
    }

    /** The place a location names, wherever it is; empty when there is no such place. */
    public Optional<EstateLocation> find(Location location) {
        return find(location, new HashMap<>());
    }

    /** The place a location names if it is in this community; empty otherwise (no such place, or another community's). */
    public Optional<EstateLocation> find(String communityId, Location location) {
        return find(location).filter(found -> found.communityId().equals(communityId));
    }

    /** The places these locations name, those that exist; each community is read once. */
    public Map<Location, EstateLocation> find(Collection<Location> locations) {
        Map<String, Optional<Community>> communities = new HashMap<>();
        Map<Location, EstateLocation> found = new LinkedHashMap<>();
        for (Location location : locations) {
            find(location, communities).ifPresent(place -> found.put(location, place));
        }
        return found;
    }

    private Optional<EstateLocation> find(Location location, Map<String, Optional<Community>> communities) {
        Function<String, Optional<Community>> community = id -> communities.computeIfAbsent(id, estate::community);
        return switch (location.kind()) {
            case COMMUNITY -> community.apply(location.id()).map(Locations::of);
            case UNIT -> estate.unit(location.id()).flatMap(unit -> community.apply(unit.communityId())
                    .map(c -> of(c, unit)));
            case PARKING_SPACE -> spaces.space(location.id()).flatMap(space -> community.apply(space.communityId())
                    .map(c -> of(c, space)));
            case BUILDING -> estate.communityOfPlace(location.id()).flatMap(community)
                    .flatMap(c -> c.building(location.id()).map(b -> of(c, b)));
            case COMMON_AREA -> estate.communityOfPlace(location.id()).flatMap(community)
                    .flatMap(c -> c.commonArea(location.id()).map(a -> of(c, a)));
            case PARKING_AREA -> estate.communityOfPlace(location.id()).flatMap(community)
                    .flatMap(c -> c.parkingArea(location.id()).map(a -> of(c, a)));
        };
    }

    /**
     * A community's places for a picker: of one kind or all, those whose name contains {@code query} (any case),
     * at most {@code limit}, in the order community, buildings, units, common areas, parking areas, spaces. Staff
     * of the community see every place; its owners and residents the shared places and their own units.
     */
    public List<EstateLocation> search(Caller caller, String communityId, LocationKind kind, String query, int limit) {
        caller.requireCommunity(communityId);
        Community community = estate.community(communityId)
                .orElseThrow(() -> new io.propertyops.starter.domain.NotFoundException("Community", communityId));
        boolean staff = caller.roles().stream().anyMatch(STAFF::contains);
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<EstateLocation> places = new ArrayList<>();
        if (wanted(kind, LocationKind.COMMUNITY)) {
            places.add(of(community));
        }
        if (wanted(kind, LocationKind.BUILDING)) {
            community.buildings().forEach(b -> places.add(of(community, b)));
        }
        if (wanted(kind, LocationKind.UNIT)) {
            List<String> buildingOrder = community.buildings().stream().map(Community.Building::id).toList();
            estate.units(communityId).stream().filter(unit -> staff || caller.ownsUnit(unit.id()))
                    .sorted(Comparator.<Unit>comparingInt(unit -> buildingOrder.indexOf(unit.buildingId()))
                            .thenComparing(Unit::number))
                    .forEach(unit -> places.add(of(community, unit)));
        }
        if (wanted(kind, LocationKind.COMMON_AREA)) {
            community.commonAreas().forEach(a -> places.add(of(community, a)));
        }
        if (wanted(kind, LocationKind.PARKING_AREA)) {
            community.parkingAreas().forEach(a -> places.add(of(community, a)));
        }
        if (wanted(kind, LocationKind.PARKING_SPACE) && staff) {
            spaces.spaces(communityId).forEach(space -> places.add(of(community, space)));
        }
        return places.stream()
                .filter(place -> staff || SHARED.contains(place.location().kind()) || place.location().kind() == LocationKind.UNIT)
                .filter(place -> needle.isEmpty() || place.name().toLowerCase(Locale.ROOT).contains(needle))
                .limit(limit).toList();
    }

    private static boolean wanted(LocationKind kind, LocationKind candidate) {
        return kind == null || kind == candidate;
    }

    private static EstateLocation of(Community community) {
        return new EstateLocation(Location.of(LocationKind.COMMUNITY, community.id()), community.id(), community.name(),
                null);
    }

    private static EstateLocation of(Community community, Community.Building building) {
        return new EstateLocation(Location.of(LocationKind.BUILDING, building.id()), community.id(), building.name(),
                null);
    }

    private static EstateLocation of(Community community, Unit unit) {
        String building = community.building(unit.buildingId()).map(Community.Building::name).orElse(null);
        return new EstateLocation(Location.of(LocationKind.UNIT, unit.id()), community.id(),
                unit.displayName(building), unit.type().name());
    }

    private static EstateLocation of(Community community, Community.CommonArea area) {
        String name = area.buildingId() == null ? area.name() : community.building(area.buildingId())
                .map(b -> b.name() + " " + area.name()).orElse(area.name());
        return new EstateLocation(Location.of(LocationKind.COMMON_AREA, area.id()), community.id(), name,
                area.kind().name());
    }

    private static EstateLocation of(Community community, Community.ParkingArea area) {
        return new EstateLocation(Location.of(LocationKind.PARKING_AREA, area.id()), community.id(), area.name(), null);
    }

    private static EstateLocation of(Community community, ParkingSpace space) {
        String area = community.parkingArea(space.parkingAreaId()).map(Community.ParkingArea::name).orElse(null);
        return new EstateLocation(Location.of(LocationKind.PARKING_SPACE, space.id()), community.id(),
                space.displayName(area), space.state().name());
    }
}
