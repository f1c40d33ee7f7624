package io.propertyops.starter.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a whole aggregate document together with the events waiting in it, marked for the sweep, and hands the
 * events to the relay right after the write: the one way a repository inserts or replaces an aggregate that
 * publishes, so that reading the repository shows where its events leave. (A change of some fields is a
 * {@link StateUpdate} on the version read, followed by {@link OutboxRelay#publishSoon(String, Object)}.)
 */
public class OutboxWrites {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public OutboxWrites(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Inserts a new aggregate with its events.
     *
     * @throws org.springframework.dao.DuplicateKeyException when it is stored already; nothing is written or sent
     */
    public void insert(HasOutbox aggregate, String collection) {
        Document document = StateUpdate.insertion(mongo.getConverter(), aggregate);
        mongo.insert(document, collection);
        handOver(aggregate, collection, document);
    }

    /** Replaces the aggregate of the same id with this one and its events, or inserts it. */
    public void replace(HasOutbox aggregate, String collection) {
        Document document = StateUpdate.insertion(mongo.getConverter(), aggregate);
        mongo.save(document, collection);
        handOver(aggregate, collection, document);
    }

    private void handOver(HasOutbox aggregate, String collection, Document written) {
        if (!aggregate.getPendingEvents().isEmpty()) {
            relay.publishSoon(collection, written.get("_id"), aggregate.getPendingEvents());
        }
    }
}
