package io.propertyops.facility.estate.domain;

import io.propertyops.events.facility.UnitChanged;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A unit (房屋) in a building, numbered building-entrance-floor+room, e.g. {@code 1-1-601}: what it is, where it is
 * in its life, and its building area (建筑面积) and interior area (套内面积), which fees are charged by. Every change
 * is published whole ({@link UnitChanged}) at a rising version.
 *
 * @param version 1 when created, one more with every change; 0 for a unit stored before units were versioned
 */
public record Unit(String id, String communityId, String buildingId, String number, int floor, UnitType type,
                   UnitState state, BigDecimal buildingAreaSqm, BigDecimal interiorAreaSqm, long version) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(buildingId, "buildingId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
    }

    /**
     * What staff set on a unit.
     *
     * @param interiorAreaSqm null when not known
     */
    public record Details(String number, int floor, UnitType type, UnitState state, BigDecimal buildingAreaSqm,
                          BigDecimal interiorAreaSqm) {

        /** The floors a unit may be on: a few below ground, the tallest towers above. */
        public static final int LOWEST_FLOOR = -10;
        public static final int HIGHEST_FLOOR = 200;

        public Details {
            if (number == null || number.isBlank()) {
                throw new RuleViolationException("invalid-unit", "number", "A unit needs a number");
            }
            number = number.strip();
            if (floor < LOWEST_FLOOR || floor > HIGHEST_FLOOR) {
                throw new RuleViolationException("invalid-unit", "floor",
                        "floor must be between " + LOWEST_FLOOR + " and " + HIGHEST_FLOOR);
            }
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(state, "state");
            buildingAreaSqm = Areas.sqm(buildingAreaSqm, "buildingAreaSqm");
            interiorAreaSqm = interiorAreaSqm == null ? null : Areas.sqm(interiorAreaSqm, "interiorAreaSqm");
            if (interiorAreaSqm != null && interiorAreaSqm.compareTo(buildingAreaSqm) > 0) {
                throw new RuleViolationException("invalid-area", "interiorAreaSqm",
                        "The interior area cannot be larger than the building area");
            }
        }
    }

    /** A new unit, version 1. */
    public static Unit create(String id, String communityId, String buildingId, Details details) {
        return new Unit(id, communityId, buildingId, details.number(), details.floor(), details.type(),
                details.state(), details.buildingAreaSqm(), details.interiorAreaSqm(), 1);
    }

    public Details details() {
        return new Details(number, floor, type, state, buildingAreaSqm, interiorAreaSqm);
    }

    /** Whether these details are what the unit has already. */
    public boolean has(Details details) {
        return details().equals(details);
    }

    /** The unit with these details at the next version. */
    public Unit with(Details details) {
        return with(buildingId, details);
    }

    /** The unit in this building (its own, or another of its community's) with these details, at the next version. */
    public Unit with(String building, Details details) {
        return new Unit(id, communityId, Objects.requireNonNull(building, "building"), details.number(),
                details.floor(), details.type(), details.state(), details.buildingAreaSqm(),
                details.interiorAreaSqm(), version + 1);
    }

    /** 入住: the owner has moved in. */
    public Unit movedIn() {
        return with(new Details(number, floor, type, UnitState.OCCUPIED, buildingAreaSqm, interiorAreaSqm));
    }

    /** The unit as staff say it, e.g. {@code 3号楼 3-1-101}. */
    public String displayName(String buildingName) {
        return buildingName == null ? number : buildingName + " " + number;
    }

    /** The event telling the unit's whole record at its version. */
    public UnitChanged changed(String eventId, Instant at) {
        return new UnitChanged(eventId, id, at, version, communityId, buildingId, number, floor, type.name(),
                state.name(), Areas.text(buildingAreaSqm), Areas.text(interiorAreaSqm));
    }
}
