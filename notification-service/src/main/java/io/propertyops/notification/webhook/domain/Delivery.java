package io.propertyops.notification.webhook.domain;

import java.time.Instant;
import java.util.List;

/**
 * One event on its way to one subscription's endpoint, with every attempt made: at most one per event and
 * subscription, so a redelivered Kafka record makes no second delivery.
 */
public record Delivery(String id, String eventId, String eventType, String subscriptionId, String clientId,
                       String body, Status status, List<Attempt> attempts, Instant createdAt, Instant nextAttemptAt,
                       Instant retryUntil) {

    public enum Status { PENDING, DELIVERED, FAILED }

    /**
     * One POST to the endpoint.
     *
     * @param httpStatus the endpoint's answer; null when there was none (timeout, refused connection)
     */
    public record Attempt(Instant at, boolean succeeded, Integer httpStatus, String error, long durationMillis) {
    }
}
