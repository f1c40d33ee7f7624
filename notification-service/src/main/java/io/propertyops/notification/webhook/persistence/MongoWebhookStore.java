package io.propertyops.notification.webhook.persistence;

import io.propertyops.notification.webhook.application.WebhookStore;
import io.propertyops.notification.webhook.domain.Delivery;
import io.propertyops.notification.webhook.domain.Subscription;
import io.propertyops.starter.messaging.Effects;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The subscriptions in {@code webhook_subscriptions}, their deliveries in {@code webhook_deliveries}. */
@Component
class MongoWebhookStore implements WebhookStore {

    /** A subscription as stored. */
    @Document("webhook_subscriptions")
    record SubscriptionDocument(@Id String id, @Indexed String clientId, String url, List<String> eventTypes,
                                List<String> communityIds, String secret, Instant createdAt) {

        static SubscriptionDocument of(Subscription s) {
            return new SubscriptionDocument(s.id(), s.clientId(), s.url(), s.eventTypes(), s.communityIds(), s.secret(),
                    s.createdAt());
        }

        Subscription subscription() {
            return new Subscription(id, clientId, url, eventTypes, communityIds, secret, createdAt);
        }
    }

    /** A delivery as stored. */
    @Document("webhook_deliveries")
    @CompoundIndex(name = "once_per_subscription", def = "{'eventId': 1, 'subscriptionId': 1}", unique = true)
    @CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
    @CompoundIndex(name = "of_subscription", def = "{'subscriptionId': 1, 'createdAt': -1}")
    record DeliveryDocument(@Id String id, String eventId, String eventType, String subscriptionId, String clientId,
                            String body, Delivery.Status status, List<Delivery.Attempt> attempts, Instant createdAt,
                            Instant nextAttemptAt, Instant retryUntil) {

        static DeliveryDocument of(Delivery d) {
            return new DeliveryDocument(d.id(), d.eventId(), d.eventType(), d.subscriptionId(), d.clientId(), d.body(),
                    d.status(), d.attempts(), d.createdAt(), d.nextAttemptAt(), d.retryUntil());
        }

        Delivery delivery() {
            return new Delivery(id, eventId, eventType, subscriptionId, clientId, body, status, attempts, createdAt,
                    nextAttemptAt, retryUntil);
        }
    }

    private final MongoTemplate mongo;

    MongoWebhookStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Subscription insert(Subscription subscription) {
        return mongo.insert(SubscriptionDocument.of(subscription)).subscription();
    }

    @Override
    public List<Subscription> subscriptionsOf(String clientId) {
        return mongo.find(Query.query(Criteria.where("clientId").is(clientId)).with(Sort.by("createdAt")),
                SubscriptionDocument.class).stream().map(SubscriptionDocument::subscription).toList();
    }

    @Override
    public Optional<Subscription> subscription(String id) {
        return Optional.ofNullable(mongo.findById(id, SubscriptionDocument.class)).map(SubscriptionDocument::subscription);
    }

    @Override
    public void remove(Subscription subscription) {
        mongo.remove(SubscriptionDocument.of(subscription));
    }

    @Override
    public List<Subscription> subscribedTo(String eventType, String communityId) {
        return mongo.find(Query.query(Criteria.where("eventTypes").is(eventType).and("communityIds").is(communityId)),
                SubscriptionDocument.class).stream().map(SubscriptionDocument::subscription).toList();
    }

    @Override
    public boolean insertOnce(Delivery delivery) {
        return Effects.insertOnce(mongo, DeliveryDocument.of(delivery));
    }

    @Override
    public List<Delivery> deliveriesOf(String subscriptionId, int limit) {
        return mongo.find(Query.query(Criteria.where("subscriptionId").is(subscriptionId))
                        .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), DeliveryDocument.class)
                .stream().map(DeliveryDocument::delivery).toList();
    }

    @Override
    public Optional<Delivery> delivery(String id) {
        return Optional.ofNullable(mongo.findById(id, DeliveryDocument.class)).map(DeliveryDocument::delivery);
    }

    @Override
    public void redeliver(String id, Instant now, Instant retryUntil) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("status", Delivery.Status.PENDING)
                .set("nextAttemptAt", now)
                .set("retryUntil", retryUntil), DeliveryDocument.class);
    }

    @Override
    public Optional<Delivery> claimNext(Instant now, Instant leaseUntil) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("status").is(Delivery.Status.PENDING).and("nextAttemptAt").lte(now))
                        .with(Sort.by("nextAttemptAt")),
                new Update().set("nextAttemptAt", leaseUntil),
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class)).map(DeliveryDocument::delivery);
    }

    @Override
    public void postpone(String id, Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("nextAttemptAt", until),
                DeliveryDocument.class);
    }

    @Override
    public void record(String id, Delivery.Attempt attempt, Delivery.Status settled, Instant nextAttemptAt) {
        Update update = new Update().push("attempts", attempt);
        if (settled != null) {
            update.set("status", settled).unset("nextAttemptAt");
        } else {
            update.set("nextAttemptAt", nextAttemptAt);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, DeliveryDocument.class);
    }
}
