package io.propertyops.notification.webhook.application;

import io.propertyops.events.EventCatalog;
import io.propertyops.events.Topics;
import io.propertyops.notification.webhook.domain.Delivery;
import io.propertyops.notification.webhook.domain.EndpointPolicy;
import io.propertyops.notification.webhook.domain.Subscription;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** An integration client's webhook subscriptions and their deliveries; a client sees only its own. */
@Service
public class Webhooks {

    /**
     * The event types a third party may subscribe to. People's events (personal data, login codes) stay inside
     * the platform.
     */
    public static final Set<String> SUBSCRIBABLE = EventCatalog.all().stream()
            .filter(type -> !EventCatalog.topicOf(type).equals(Topics.SECURITY))
            .map(EventCatalog::typeOf)
            .collect(Collectors.toUnmodifiableSet());

    /** The scope an integration client's token needs to manage its subscriptions. */
    public static final String SCOPE = "webhooks.manage";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore store;
    private final EndpointPolicy endpoints;
    private final WebhookProperties properties;
    private final Clock clock;

    Webhooks(WebhookStore store, EndpointPolicy endpoints, WebhookProperties properties, Clock clock) {
        this.store = store;
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
    }

    public Subscription subscribe(Caller client, String url, List<String> eventTypes) {
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
        return store.insert(new Subscription(UUID.randomUUID().toString(), client.id(), url,
                List.copyOf(Set.copyOf(eventTypes)), List.copyOf(client.communityIds()),
                "whsec_" + HexFormat.of().formatHex(secret), clock.instant()));
    }

    public List<Subscription> of(Caller client) {
        return store.subscriptionsOf(client.id());
    }

    public Subscription get(Caller client, String id) {
        Subscription subscription = store.subscription(id).orElse(null);
        if (subscription == null || !subscription.clientId().equals(client.id())) {
            throw new NotFoundException("Webhook subscription", id);
        }
        return subscription;
    }

    /** Stops new deliveries; the ones still pending fail at their next attempt. */
    public void unsubscribe(Caller client, String id) {
        store.remove(get(client, id));
    }

    public List<Delivery> deliveries(Caller client, String subscriptionId, int limit) {
        get(client, subscriptionId);
        return store.deliveriesOf(subscriptionId, limit);
    }

    /** Sends a delivery again now, with a fresh retry period, whether it failed, succeeded or is still waiting. */
    public Delivery redeliver(Caller client, String deliveryId) {
        Delivery delivery = store.delivery(deliveryId).orElse(null);
        if (delivery == null || !delivery.clientId().equals(client.id())) {
            throw new NotFoundException("Webhook delivery", deliveryId);
        }
        Instant now = clock.instant();
        store.redeliver(deliveryId, now, now.plus(properties.retryFor()));
        return store.delivery(deliveryId).orElseThrow();
    }

    /**
     * Queues the event for every subscription to its type in its community, each at most once: a redelivered event
     * queues nothing new.
     *
     * @param body the event as every subscriber receives it, made only when a subscription wants it
     * @return the subscriptions it was newly queued for
     */
    public List<String> queue(String eventId, String eventType, String communityId, Supplier<String> body) {
        List<String> queued = new ArrayList<>();
        Instant now = clock.instant();
        String made = null;
        for (Subscription subscription : store.subscribedTo(eventType, communityId)) {
            made = made == null ? body.get() : made;
            if (store.insertOnce(new Delivery(null, eventId, eventType, subscription.id(), subscription.clientId(), made,
                    Delivery.Status.PENDING, List.of(), now, now, now.plus(properties.retryFor())))) {
                queued.add(subscription.id());
            }
        }
        return queued;
    }
}
