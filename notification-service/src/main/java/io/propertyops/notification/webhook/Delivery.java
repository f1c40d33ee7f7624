package io.propertyops.notification.webhook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event on its way to one subscription's endpoint, with every attempt made. Unique on event and
 * subscription, so a redelivered Kafka record makes no second delivery.
 */
@Document("webhook_deliveries")
@CompoundIndex(name = "once_per_subscription", def = "{'eventId': 1, 'subscriptionId': 1}", unique = true)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "of_subscription", def = "{'subscriptionId': 1, 'createdAt': -1}")
record Delivery(@Id String id, String eventId, String eventType, String subscriptionId, String clientId,
                String body, Status status, List<Attempt> attempts, Instant createdAt, Instant nextAttemptAt,
                Instant retryUntil) {

    enum Status { PENDING, DELIVERED, FAILED }

    /**
     * One POST to the endpoint.
     *
     * @param httpStatus the endpoint's answer; null when there was none (timeout, refused connection)
     */
    record Attempt(Instant at, boolean succeeded, Integer httpStatus, String error, long durationMillis) {
    }
}
