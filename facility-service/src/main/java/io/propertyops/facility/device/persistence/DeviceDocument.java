package io.propertyops.facility.device.persistence;

import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.shared.domain.Location;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A device by {@code <gatewayId>/<deviceId>}, so a batch's devices are one read by ids. */
@Document(DeviceDocument.COLLECTION)
record DeviceDocument(@Id String id, @Indexed String gatewayId, String deviceId, String communityId, String name,
                      Location location, String locationName, String equipmentId, String meterId, String category) {

    static final String COLLECTION = "devices";

    static String idOf(String gatewayId, String deviceId) {
        return gatewayId + "/" + deviceId;
    }

    static DeviceDocument of(Device d) {
        return new DeviceDocument(idOf(d.gatewayId(), d.deviceId()), d.gatewayId(), d.deviceId(), d.communityId(),
                d.name(), d.location(), d.locationName(), d.equipmentId(), d.meterId(), d.category());
    }

    Device toDomain() {
        return new Device(gatewayId, deviceId, communityId, name, location, locationName, equipmentId, meterId, category);
    }
}
