package io.propertyops.facility.device.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A building's device gateway (网关) of a community, which signs every batch it posts with its secret.
 *
 * @param secret the HMAC key, shown once when the gateway is registered; kept to check signatures
 */
public record DeviceGateway(String id, String communityId, String name, String secret, String createdBy,
                            Instant createdAt) {

    public DeviceGateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secret, "secret");
    }
}
