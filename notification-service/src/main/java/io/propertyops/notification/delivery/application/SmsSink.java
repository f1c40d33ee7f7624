package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.SentText;
import java.time.Instant;
import java.util.List;

/**
 * The development SMS channel: records what would be sent instead of sending it, until an SMS provider is
 * configured. Each event is recorded once, whatever Kafka redelivers.
 */
public interface SmsSink {

    boolean send(String eventId, String phone, String text, Instant at);

    /** Newest first. */
    List<SentText> sentTo(String phone, int limit);
}
