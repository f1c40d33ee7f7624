package io.propertyops.notification.delivery.domain;

import java.time.Instant;
import java.util.List;

/** One push the development push sink recorded instead of pushing it, to all of a person's devices. */
public record SentPush(String id, String reference, String personId, List<String> deviceTokens, String title,
                       String body, Instant at) {
}
