package io.propertyops.facility.device.domain;

import io.propertyops.facility.shared.domain.Location;

import java.util.Objects;

/**
 * A device behind a gateway, as the gateway names it, and what it stands for in the estate: where it is, the
 * equipment whose alarms it raises, the meter whose readings it sends.
 *
 * @param category the trade that fixes what its alarms report, e.g. {@code fire}, {@code elevator}, {@code plumbing}
 */
public record Device(String gatewayId, String deviceId, String communityId, String name, Location location,
                     String locationName, String equipmentId, String meterId, String category) {

    public Device {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(category, "category");
    }

    /** Who reads and reports through it: {@code device:<gateway>/<device>}. */
    public String reporterId() {
        return "device:" + gatewayId + "/" + deviceId;
    }
}
