package io.propertyops.starter.persistence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A read model kept from another service's events, one document per aggregate, where each event carries what it
 * changes in full: the newest event wins, and a redelivered or replayed older one changes nothing. ticket-service's
 * roster and notification-service's recipient directory keep their people this way.
 *
 * <p>The document is read by id and written only if its {@value #UPDATED_AT} is still the one read, and the write
 * sets {@value #UPDATED_AT} to the event's time and {@value #LAST_EVENT_ID} to its id. Both queries are served by an
 * index on the embedded store too ({@code _id}, and the unique {@code {_id, updatedAt}} the collection declares),
 * where a query on {@code updatedAt <= at} would read the whole collection. A document made by something other than
 * an event (no {@value #UPDATED_AT} yet) is matched on its absence: a rare first write.
 */
public final class NewestEventWins {

    public static final String UPDATED_AT = "updatedAt";
    public static final String LAST_EVENT_ID = "lastEventId";

    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final String collection;

    public NewestEventWins(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /**
     * Applies an event's change to the document of {@code id}, creating it if there is none, unless it holds a newer
     * event already.
     *
     * @return the document as written, or empty when it already held newer news
     * @throws OptimisticLockingFailureException when the document kept changing under every attempt (the listener
     *                                           retries the event)
     */
    public Optional<Document> apply(String id, Instant at, String eventId, Update change) {
        change.set(UPDATED_AT, at).set(LAST_EVENT_ID, eventId);
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(UPDATED_AT);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document current = mongo.findOne(byId, Document.class, collection);
            Date updatedAt = current == null ? null : current.getDate(UPDATED_AT);
            if (updatedAt != null && updatedAt.toInstant().isAfter(at)) {
                return Optional.empty();
            }
            Criteria unchanged = Criteria.where("_id").is(id);
            if (current != null) {
                unchanged = updatedAt == null ? unchanged.and(UPDATED_AT).exists(false) : unchanged.and(UPDATED_AT).is(updatedAt);
            }
            try {
                Document written = mongo.findAndModify(Query.query(unchanged), change,
                        FindAndModifyOptions.options().upsert(current == null).returnNew(true), Document.class, collection);
                if (written != null) {
                    return Optional.of(written);
                }
            } catch (DuplicateKeyException insertedMeanwhile) {
                // another write created the document first: read it and decide again
            }
        }
        throw new OptimisticLockingFailureException("The " + collection + " entry " + id
                + " kept changing; the event is retried");
    }
}
