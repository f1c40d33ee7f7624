package io.propertyops.starter.outbox;

import io.propertyops.events.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * An event waiting in its aggregate's own document until Kafka has acknowledged it. It carries everything
 * the relay needs to publish it later, in another thread or another process: the CloudEvents attributes,
 * the JSON data, and the W3C trace context of the request that caused it.
 */
public record OutboxMessage(String eventId, String type, String topic, String key, String source, String subject,
                            Instant time, String data, String traceparent, Instant recordedAt) {

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }

    public EventEnvelope envelope() {
        return new EventEnvelope(eventId, type, source, subject, time, data.getBytes(StandardCharsets.UTF_8));
    }
}
