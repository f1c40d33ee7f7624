package io.propertyops.facility.estate.domain;

import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A residential community (小区) the company manages, with its buildings (楼栋), common areas (公共区域) and parking
 * areas (停车场). Its structure — which buildings it has and which units are in each — is published whole on every
 * change, at a rising version; the units themselves are documents of their own, and a building's unit ids are
 * worked out from them ({@link #withUnits}).
 *
 * @param version 1 when registered, one more with every change; 0 for a community stored before it was versioned
 */
public record Community(String id, String name, String city, String district, String address,
                        List<Building> buildings, List<CommonArea> commonAreas, List<ParkingArea> parkingAreas,
                        long version) {

    public Community {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
        commonAreas = commonAreas == null ? List.of() : List.copyOf(commonAreas);
        parkingAreas = parkingAreas == null ? List.of() : List.copyOf(parkingAreas);
    }

    /** A building (楼栋) with the ids of all its units, in the order of their numbers. */
    public record Building(String id, String name, int floors, List<String> unitIds) {

        public Building {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        }
    }

    /**
     * A common area (公共区域): a lobby, a lift car, a pump room, a green belt…
     *
     * @param buildingId the building it is in, or null for one of the grounds
     */
    public record CommonArea(String id, String name, CommonAreaKind kind, String buildingId) {

        public CommonArea {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            kind = kind == null ? CommonAreaKind.OTHER : kind;
        }
    }

    /** A parking area (停车场) — a garage level, a surface lot — whose spaces are kept on their own. */
    public record ParkingArea(String id, String name) {

        public ParkingArea {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** What staff say about the community itself. */
    public record Details(String name, String city, String district, String address) {

        public Details {
            if (name == null || name.isBlank()) {
                throw new RuleViolationException("invalid-community", "name", "A community needs a name");
            }
            name = name.strip();
        }
    }

    /** A community just registered, with nothing in it yet. */
    public static Community register(String id, Details details) {
        return new Community(id, details.name(), details.city(), details.district(), details.address(), List.of(),
                List.of(), List.of(), 0);
    }

    public Details details() {
        return new Details(name, city, district, address);
    }

    public Community with(Details details) {
        return new Community(id, details.name(), details.city(), details.district(), details.address(), buildings,
                commonAreas, parkingAreas, version);
    }

    public Optional<Building> building(String buildingId) {
        return buildings.stream().filter(b -> b.id().equals(buildingId)).findFirst();
    }

    public Optional<Building> buildingNamed(String buildingName) {
        return buildings.stream().filter(b -> b.name().equals(buildingName)).findFirst();
    }

    public Optional<CommonArea> commonArea(String areaId) {
        return commonAreas.stream().filter(a -> a.id().equals(areaId)).findFirst();
    }

    public Optional<ParkingArea> parkingArea(String areaId) {
        return parkingAreas.stream().filter(a -> a.id().equals(areaId)).findFirst();
    }

    /**
     * The community with this building added, or changed if it has the building's id.
     *
     * @throws ConflictException when another building has its name (a building is found by its name in unit lists)
     */
    public Community withBuilding(String buildingId, String buildingName, int floors) {
        String name = requireName(buildingName, "building");
        if (buildings.stream().anyMatch(b -> b.name().equals(name) && !b.id().equals(buildingId))) {
            throw new ConflictException("duplicate-building", "The community has a building named " + name + " already");
        }
        if (floors < 1 || floors > Unit.Details.HIGHEST_FLOOR) {
            throw new RuleViolationException("invalid-building", "floors",
                    "floors must be between 1 and " + Unit.Details.HIGHEST_FLOOR);
        }
        List<String> unitIds = building(buildingId).map(Building::unitIds).orElse(List.of());
        return withBuildings(replaced(buildings, new Building(buildingId, name, floors, unitIds), Building::id));
    }

    /** The community with this common area added, or changed if it has its id. */
    public Community withCommonArea(CommonArea area) {
        requireName(area.name(), "common area");
        if (area.buildingId() != null && building(area.buildingId()).isEmpty()) {
            throw new RuleViolationException("unknown-building", "buildingId",
                    "The community has no building " + area.buildingId());
        }
        return new Community(id, name, city, district, address, buildings,
                replaced(commonAreas, area, CommonArea::id), parkingAreas, version);
    }

    /** The community with this parking area added, or changed if it has its id. */
    public Community withParkingArea(ParkingArea area) {
        requireName(area.name(), "parking area");
        return new Community(id, name, city, district, address, buildings, commonAreas,
                replaced(parkingAreas, area, ParkingArea::id), version);
    }

    /**
     * The community with every building's unit ids as the units say (the units stored now, in the order of their
     * numbers): the one way the structure learns of new units. Units of a building the community does not have
     * are left out.
     */
    public Community withUnits(Collection<Unit> units) {
        Map<String, List<String>> byBuilding = new LinkedHashMap<>();
        buildings.forEach(b -> byBuilding.put(b.id(), new ArrayList<>()));
        units.stream().sorted(java.util.Comparator.comparing(Unit::number)).forEach(unit -> {
            List<String> ids = byBuilding.get(unit.buildingId());
            if (ids != null) {
                ids.add(unit.id());
            }
        });
        return withBuildings(buildings.stream()
                .map(b -> new Building(b.id(), b.name(), b.floors(), byBuilding.get(b.id()))).toList());
    }

    /** The same community at another version. */
    public Community asVersion(long next) {
        return new Community(id, name, city, district, address, buildings, commonAreas, parkingAreas, next);
    }

    /** Whether the two are the same in everything but their version. */
    public boolean sameAs(Community other) {
        return asVersion(0).equals(other.asVersion(0));
    }

    /** The event telling this community's whole structure at its version. */
    public CommunityStructureChanged structureChanged(String eventId, Instant at) {
        return new CommunityStructureChanged(eventId, id, at, version, name, buildings.stream()
                .map(building -> new CommunityStructureChanged.Building(building.id(), building.name(), building.unitIds()))
                .toList());
    }

    /** The building of a unit, answered as not found when the community has no such building. */
    public Building requireBuilding(String buildingId) {
        return building(buildingId).orElseThrow(() -> new NotFoundException("Building", buildingId));
    }

    private Community withBuildings(List<Building> next) {
        return new Community(id, name, city, district, address, next, commonAreas, parkingAreas, version);
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("invalid-" + what.replace(' ', '-'), "name", "A " + what + " needs a name");
        }
        return name.strip();
    }

    private static <T> List<T> replaced(List<T> items, T item, java.util.function.Function<T, String> idOf) {
        List<T> next = new ArrayList<>(items);
        UnaryOperator<T> swap = existing -> idOf.apply(existing).equals(idOf.apply(item)) ? item : existing;
        next.replaceAll(swap);
        if (next.stream().noneMatch(existing -> idOf.apply(existing).equals(idOf.apply(item)))) {
            next.add(item);
        }
        return next;
    }
}
