package io.propertyops.notification.delivery.persistence;

import io.propertyops.notification.delivery.application.DeliveryStore;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.persistence.DueMarks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.types.ObjectId;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The deliveries in {@code deliveries}; every save after an attempt is checked against the version read. */
@Component
class MongoDeliveryStore implements DeliveryStore {

    /** A delivery as stored. */
    @Document("deliveries")
    @CompoundIndex(name = "once_per_event_person_channel", def = "{'eventId': 1, 'recipientId': 1, 'channel': 1}", unique = true)
    // present only while the delivery is pending / its fallback is set: a poll reads these, not every delivery kept
    @CompoundIndex(name = "due_mark", def = "{'dueMark': 1}", unique = true, sparse = true)
    @CompoundIndex(name = "fallback_mark", def = "{'fallbackMark': 1}", unique = true, sparse = true)
    // trivially unique (_id is): each version-checked save after an attempt is found from an index on the embedded store
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
    record DeliveryDocument(@Id String id, String eventId, String recipientId, String channel, String address,
                            String kind, String priority, String title, String body, OutboundDelivery.Status status,
                            Instant createdAt, Instant notBefore, Instant expiresAt, String fallbackFrom,
                            Instant fallbackAt, List<OutboundDelivery.Attempt> attempts, @Version Long version,
                            String dueMark, String fallbackMark) {

        /**
         * Every write replaces the whole document, so a mark is set and removed with the state it follows. A new
         * delivery gets its id here (the one the store would assign), so that its marks are unique from the start.
         */
        static DeliveryDocument of(OutboundDelivery d) {
            String id = d.id() != null ? d.id() : new ObjectId().toHexString();
            return new DeliveryDocument(id, d.eventId(), d.recipientId(), d.channel(), d.address(), d.kind(),
                    d.priority(), d.title(), d.body(), d.status(), d.createdAt(), d.notBefore(), d.expiresAt(),
                    d.fallbackFrom(), d.fallbackAt(), d.attempts(), d.version(), dueMark(d, id), fallbackMark(d, id));
        }

        /** Pending only: immediate ones sort first, then by {@code notBefore}. */
        static String dueMark(OutboundDelivery d, String id) {
            return d.status() == OutboundDelivery.Status.PENDING
                    ? DueMarks.of(OutboundDelivery.IMMEDIATE.equals(d.priority()) ? IMMEDIATE : LATER, d.notBefore(), id)
                    : null;
        }

        /** While an escalation's fallback is set (it is cleared when checked): by {@code fallbackAt}. */
        static String fallbackMark(OutboundDelivery d, String id) {
            return d.fallbackAt() == null ? null : DueMarks.of("", d.fallbackAt(), id);
        }

        OutboundDelivery delivery() {
            return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, body, status,
                    createdAt, notBefore, expiresAt, fallbackFrom, fallbackAt, attempts, version);
        }
    }

    private static final String IMMEDIATE = "0/";
    private static final String LATER = "1/";

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
        List<OutboundDelivery> found = new ArrayList<>(dueOf(IMMEDIATE, now, limit));
        if (found.size() < limit) {
            found.addAll(dueOf(LATER, now, limit - found.size()));
        }
        return found;
    }

    /** Marks of one priority sort by {@code notBefore}: read until the first that is not due yet. */
    private List<OutboundDelivery> dueOf(String priority, Instant now, int limit) {
        try (Stream<DeliveryDocument> marked = mongo.stream(DueMarks.marked("dueMark", priority), DeliveryDocument.class)) {
            return marked.map(DeliveryDocument::delivery)
                    .filter(d -> d.status() == OutboundDelivery.Status.PENDING) // the mark follows the status
                    .takeWhile(d -> d.notBefore() == null || !d.notBefore().isAfter(now)).limit(limit).toList();
        }
    }

    @Override
    public List<OutboundDelivery> fallbacksDue(Instant now, int limit) {
        try (Stream<DeliveryDocument> marked = mongo.stream(DueMarks.marked("fallbackMark", ""), DeliveryDocument.class)) {
            return marked.map(DeliveryDocument::delivery).filter(d -> d.fallbackAt() != null
                    && (!d.fallbackAt().isAfter(now) || d.status() == OutboundDelivery.Status.FAILED)).limit(limit).toList();
        }
    }

    /** Marks the deliveries written before marks were (a scan, once per start); a version-checked write each. */
    @EventListener(ApplicationReadyEvent.class)
    void markUnmarked() {
        Query unmarked = Query.query(new Criteria().orOperator(
                Criteria.where("status").is(OutboundDelivery.Status.PENDING.name()).and("dueMark").exists(false),
                Criteria.where("fallbackAt").ne(null).and("fallbackMark").exists(false)));
        for (DeliveryDocument found : mongo.find(unmarked, DeliveryDocument.class)) {
            DeliveryDocument marked = DeliveryDocument.of(found.delivery());
            Update mark = new Update();
            if (marked.dueMark() != null) {
                mark.set("dueMark", marked.dueMark());
            }
            if (marked.fallbackMark() != null) {
                mark.set("fallbackMark", marked.fallbackMark());
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(found.id()).and("version").is(found.version())), mark,
                    DeliveryDocument.class);
        }
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
