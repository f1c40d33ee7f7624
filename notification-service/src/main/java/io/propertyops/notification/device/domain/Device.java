package io.propertyops.notification.device.domain;

import java.time.Instant;

/**
 * A phone or tablet on which a person runs the app, known by the token its push service gave it. A token belongs to
 * one person at a time: the app unregisters it at sign-out before another person can register it.
 */
public record Device(String token, String personId, Platform platform, String appVersion,
                     Instant registeredAt, Instant updatedAt) {

    public enum Platform { IOS, ANDROID, HARMONY }
}
