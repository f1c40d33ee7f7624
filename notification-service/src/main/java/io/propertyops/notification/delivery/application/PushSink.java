package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.SentPush;
import java.time.Instant;
import java.util.List;

/**
 * The development push channel: records what would be pushed instead of pushing it, until a push provider is
 * configured. Each delivery is recorded once, however often it is attempted.
 */
public interface PushSink {

    boolean send(String reference, String personId, List<String> deviceTokens, String title, String body, Instant at);

    /** Newest first. */
    List<SentPush> sentTo(String personId, int limit);
}
