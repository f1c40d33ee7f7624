package io.propertyops.facility.plan.domain;

import io.propertyops.facility.shared.domain.Location;

/**
 * What a plan works on: a place and, for maintenance, the equipment there; for an inspection plan the route its
 * rounds walk (each point of it says its own place).
 *
 * @param equipmentId  the equipment maintained; null for a place
 * @param location     where; null only for an inspection plan
 * @param locationName the place as staff say it, e.g. {@code 3号楼 水泵房}
 * @param routeId      INSPECTION: the route
 */
public record Target(String equipmentId, Location location, String locationName, String routeId) {

    public static Target route(String routeId) {
        return new Target(null, null, null, routeId);
    }

    public static Target place(Location location, String locationName) {
        return new Target(null, location, locationName, null);
    }

    public static Target equipment(String equipmentId, Location location, String locationName) {
        return new Target(equipmentId, location, locationName, null);
    }
}
