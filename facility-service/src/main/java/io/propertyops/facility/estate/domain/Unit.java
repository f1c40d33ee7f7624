package io.propertyops.facility.estate.domain;

import java.math.BigDecimal;

/** A unit (房屋) in a building, numbered building-entrance-floor+room, e.g. {@code 1-1-601}. */
public record Unit(String id, String communityId, String buildingId, String number, int floor, BigDecimal areaSqm) {
}
