package io.propertyops.notification.delivery.persistence;

import io.propertyops.notification.delivery.application.DeliveryStore;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.starter.messaging.Effects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The deliveries in {@code deliveries}; every save after an attempt is checked against the version read. */
@Component
class MongoDeliveryStore implements DeliveryStore {

    /** A delivery as stored. */
    @Document("deliveries")
    @CompoundIndex(name = "once_per_event_person_channel", def = "{'eventId': 1, 'recipientId': 1, 'channel': 1}", unique = true)
    @CompoundIndex(name = "due", def = "{'status': 1, 'notBefore': 1}")
    @CompoundIndex(name = "fallback_due", def = "{'fallbackAt': 1}", sparse = true)
    // trivially unique (_id is): each version-checked save after an attempt is found from an index on the embedded store
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
    record DeliveryDocument(@Id String id, String eventId, String recipientId, String channel, String address,
                            String kind, String priority, String title, String body, OutboundDelivery.Status status,
                            Instant createdAt, Instant notBefore, Instant expiresAt, String fallbackFrom,
                            Instant fallbackAt, List<OutboundDelivery.Attempt> attempts, @Version Long version) {

        static DeliveryDocument of(OutboundDelivery d) {
            return new DeliveryDocument(d.id(), d.eventId(), d.recipientId(), d.channel(), d.address(), d.kind(),
                    d.priority(), d.title(), d.body(), d.status(), d.createdAt(), d.notBefore(), d.expiresAt(),
                    d.fallbackFrom(), d.fallbackAt(), d.attempts(), d.version());
        }

        OutboundDelivery delivery() {
            return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, body, status,
                    createdAt, notBefore, expiresAt, fallbackFrom, fallbackAt, attempts, version);
        }
    }

    private final MongoTemplate mongo;

    MongoDeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<OutboundDelivery> insertNew(List<OutboundDelivery> deliveries) {
        return Effects.insertNew(mongo, deliveries.stream().map(DeliveryDocument::of).toList(), DeliveryDocument.class)
                .stream().map(DeliveryDocument::delivery).toList();
    }

    @Override
    public boolean insertOnce(OutboundDelivery delivery) {
        return Effects.insertOnce(mongo, DeliveryDocument.of(delivery));
    }

    @Override
    public List<OutboundDelivery> due(Instant now, int limit) {
        List<DeliveryDocument> found = new ArrayList<>(mongo.find(dueAt(now).addCriteria(
                Criteria.where("priority").is(OutboundDelivery.IMMEDIATE)).limit(limit), DeliveryDocument.class));
        if (found.size() < limit) {
            found.addAll(mongo.find(dueAt(now).addCriteria(Criteria.where("priority").ne(OutboundDelivery.IMMEDIATE))
                    .with(Sort.by("notBefore")).limit(limit - found.size()), DeliveryDocument.class));
        }
        return found.stream().map(DeliveryDocument::delivery).toList();
    }

    private static Query dueAt(Instant now) {
        return Query.query(Criteria.where("status").is(OutboundDelivery.Status.PENDING.name()).and("notBefore").lte(now));
    }

    @Override
    public List<OutboundDelivery> fallbacksDue(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("fallbackAt").ne(null).orOperator(
                Criteria.where("fallbackAt").lte(now),
                Criteria.where("status").is(OutboundDelivery.Status.FAILED.name()))).limit(limit), DeliveryDocument.class)
                .stream().map(DeliveryDocument::delivery).toList();
    }

    @Override
    public boolean save(OutboundDelivery delivery) {
        try {
            mongo.save(DeliveryDocument.of(delivery));
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return false;
        }
    }

    @Override
    public List<OutboundDelivery> of(String recipientId) {
        return mongo.find(Query.query(Criteria.where("recipientId").is(recipientId)).with(Sort.by("createdAt")),
                DeliveryDocument.class).stream().map(DeliveryDocument::delivery).toList();
    }
}
