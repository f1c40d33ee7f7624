package io.propertyops.facility.device.persistence;

import io.propertyops.facility.device.domain.DeviceGateway;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

@Document(GatewayDocument.COLLECTION)
record GatewayDocument(@Id String id, String communityId, String name, String secret, String createdBy, Instant createdAt) {

    static final String COLLECTION = "device_gateways";

    static GatewayDocument of(DeviceGateway g) {
        return new GatewayDocument(g.id(), g.communityId(), g.name(), g.secret(), g.createdBy(), g.createdAt());
    }

    DeviceGateway toDomain() {
        return new DeviceGateway(id, communityId, name, secret, createdBy, createdAt);
    }
}
