package io.propertyops.notification.device.application;

import io.propertyops.notification.device.domain.Device;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The app devices people registered, which push messages go to. */
public interface Devices {

    /**
     * Registers the device for the person, or updates its platform and app version.
     *
     * @return the device, or empty when another person holds the token
     */
    Optional<Device> register(String personId, String token, Device.Platform platform, String appVersion, Instant now);

    Optional<Device> of(String personId, String token);

    /** @return whether the person had it */
    boolean unregister(String personId, String token);

    List<Device> of(String personId);

    /** Who of these people has at least one app device: one query for a whole batch of them. */
    Set<String> holdersAmong(Collection<String> personIds);
}
