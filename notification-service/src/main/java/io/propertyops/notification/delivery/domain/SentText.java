package io.propertyops.notification.delivery.domain;

import java.time.Instant;

/** One text the development SMS sink recorded instead of sending it. */
public record SentText(String id, String eventId, String phone, String text, Instant at) {
}
