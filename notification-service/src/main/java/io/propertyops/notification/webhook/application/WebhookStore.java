package io.propertyops.notification.webhook.application;

import io.propertyops.notification.webhook.domain.Delivery;
import io.propertyops.notification.webhook.domain.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The subscriptions, and their deliveries (unique on event and subscription). */
public interface WebhookStore {

    Subscription insert(Subscription subscription);

    /** The client's, oldest first. */
    List<Subscription> subscriptionsOf(String clientId);

    Optional<Subscription> subscription(String id);

    void remove(Subscription subscription);

    /** The subscriptions to this event type of this community. */
    List<Subscription> subscribedTo(String eventType, String communityId);

    /** @return whether it was new */
    boolean insertOnce(Delivery delivery);

    /** The subscription's newest deliveries first. */
    List<Delivery> deliveriesOf(String subscriptionId, int limit);

    Optional<Delivery> delivery(String id);

    /** Makes the delivery pending again, due at {@code now}, retried until {@code retryUntil}. */
    void redeliver(String id, Instant now, Instant retryUntil);

    /**
     * Claims the pending delivery that fell due first, by moving its next attempt to {@code leaseUntil} in one atomic
     * update, so no other replica takes it meanwhile.
     */
    Optional<Delivery> claimNext(Instant now, Instant leaseUntil);

    /** Moves the delivery's next attempt, without an attempt. */
    void postpone(String id, Instant until);

    /**
     * Records an attempt: the delivery is then {@code settled} ({@code DELIVERED} or {@code FAILED}, with no next
     * attempt), or, when {@code settled} is null, tried again at {@code nextAttemptAt}.
     */
    void record(String id, Delivery.Attempt attempt, Delivery.Status settled, Instant nextAttemptAt);
}
