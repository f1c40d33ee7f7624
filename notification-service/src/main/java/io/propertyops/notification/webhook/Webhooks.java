package io.propertyops.notification.webhook;

import io.propertyops.events.EventCatalog;
import io.propertyops.events.Topics;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** An integration client's webhook subscriptions and their deliveries; a client sees only its own. */
@Service
class Webhooks {

    /**
     * The event types a third party may subscribe to. People's events (personal data, login codes) stay inside
     * the platform.
     */
    static final Set<String> SUBSCRIBABLE = EventCatalog.all().stream()
            .filter(type -> !EventCatalog.topicOf(type).equals(Topics.SECURITY))
            .map(EventCatalog::typeOf)
            .collect(Collectors.toUnmodifiableSet());

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final EndpointPolicy endpoints;
    private final WebhookProperties properties;
    private final Clock clock;

    Webhooks(MongoTemplate mongo, EndpointPolicy endpoints, WebhookProperties properties, Clock clock) {
        this.mongo = mongo;
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
    }

    Subscription subscribe(Caller client, String url, List<String> eventTypes) {
        endpoints.check(url);
        List<String> unknown = eventTypes.stream().filter(type -> !SUBSCRIBABLE.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("webhook-event-type-unknown", "eventTypes",
                    "not event types a webhook can subscribe to: " + unknown);
        }
        if (client.communityIds().isEmpty()) {
            throw new RuleViolationException("webhook-no-community", "communityIds",
                    "the client's token names no community to hear of");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return mongo.insert(new Subscription(UUID.randomUUID().toString(), client.id(), url,
                List.copyOf(Set.copyOf(eventTypes)), List.copyOf(client.communityIds()),
                "whsec_" + HexFormat.of().formatHex(secret), clock.instant()));
    }

    List<Subscription> of(Caller client) {
        return mongo.find(Query.query(Criteria.where("clientId").is(client.id())).with(Sort.by("createdAt")),
                Subscription.class);
    }

    Subscription get(Caller client, String id) {
        Subscription subscription = mongo.findById(id, Subscription.class);
        if (subscription == null || !subscription.clientId().equals(client.id())) {
            throw new NotFoundException("Webhook subscription", id);
        }
        return subscription;
    }

    /** Stops new deliveries; the ones still pending fail at their next attempt. */
    void unsubscribe(Caller client, String id) {
        mongo.remove(get(client, id));
    }

    List<Delivery> deliveries(Caller client, String subscriptionId, int limit) {
        get(client, subscriptionId);
        return mongo.find(Query.query(Criteria.where("subscriptionId").is(subscriptionId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), Delivery.class);
    }

    /** Sends a delivery again now, with a fresh retry period, whether it failed, succeeded or is still waiting. */
    Delivery redeliver(Caller client, String deliveryId) {
        Delivery delivery = mongo.findById(deliveryId, Delivery.class);
        if (delivery == null || !delivery.clientId().equals(client.id())) {
            throw new NotFoundException("Webhook delivery", deliveryId);
        }
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(deliveryId)), new Update()
                .set("status", Delivery.Status.PENDING)
                .set("nextAttemptAt", now)
                .set("retryUntil", now.plus(properties.retryFor())), Delivery.class);
        return mongo.findById(deliveryId, Delivery.class);
    }
}
