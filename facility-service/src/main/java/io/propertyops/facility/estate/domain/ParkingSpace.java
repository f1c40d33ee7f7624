package io.propertyops.facility.estate.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.util.Objects;

/**
 * A parking space (车位) in a parking area: free, let or sold, and the unit it belongs to when it goes with one.
 *
 * @param unitId  the unit whose owner has it, or null
 * @param version 1 when created, one more with every change
 */
public record ParkingSpace(String id, String communityId, String parkingAreaId, String number,
                           ParkingSpaceState state, String unitId, long version) {

    public ParkingSpace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(parkingAreaId, "parkingAreaId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
    }

    /** What staff set on a space. */
    public record Details(String number, ParkingSpaceState state, String unitId) {

        public Details {
            if (number == null || number.isBlank()) {
                throw new RuleViolationException("invalid-parking-space", "number", "A parking space needs a number");
            }
            number = number.strip();
            Objects.requireNonNull(state, "state");
            unitId = unitId == null || unitId.isBlank() ? null : unitId.strip();
        }
    }

    public static ParkingSpace create(String id, String communityId, String parkingAreaId, Details details) {
        return new ParkingSpace(id, communityId, parkingAreaId, details.number(), details.state(), details.unitId(), 1);
    }

    public Details details() {
        return new Details(number, state, unitId);
    }

    public ParkingSpace with(Details details) {
        return new ParkingSpace(id, communityId, parkingAreaId, details.number(), details.state(), details.unitId(),
                version + 1);
    }

    /** The space as staff say it, e.g. {@code 地下车库 B-012}. */
    public String displayName(String areaName) {
        return areaName == null ? number : areaName + " " + number;
    }
}
