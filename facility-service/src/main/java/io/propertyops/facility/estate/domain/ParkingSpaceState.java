package io.propertyops.facility.estate.domain;

/** Whether a parking space (车位) is free, let or sold. */
public enum ParkingSpaceState {
    FREE,
    RENTED,
    SOLD
}
