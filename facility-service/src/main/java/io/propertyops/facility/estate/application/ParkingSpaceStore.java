package io.propertyops.facility.estate.application;

import io.propertyops.facility.estate.domain.ParkingSpace;

import java.util.List;
import java.util.Optional;

/** Where parking spaces are kept. */
public interface ParkingSpaceStore {

    Optional<ParkingSpace> space(String id);

    /** A community's spaces, by area and number. */
    List<ParkingSpace> spaces(String communityId);

    /** False when a space of its id, or of its number in its area, is stored already; nothing was written. */
    boolean insert(ParkingSpace space);

    /** Replaces the space stored at {@code storedVersion}; false if it changed meanwhile. */
    boolean replace(ParkingSpace next, long storedVersion);
}
