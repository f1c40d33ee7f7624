package io.propertyops.starter.outbox;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes a whole aggregate document together with the events waiting in it, marked for the sweep, and hands the
 * events to the relay right after the write: the one way a repository inserts or replaces an aggregate that
 * publishes, so that reading the repository shows where its events leave; and changes one on the version it read
 * with an update that carries the events ({@link StateUpdate}), followed by the same hand-over.
 */
public class OutboxWrites {

    private static final int DUPLICATE_KEY = 11000;

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

    /** Inserts a new aggregate with its events unless one of its id is stored already; whether it did. */
    public boolean insertIfAbsent(HasOutbox aggregate, String collection) {
        try {
            insert(aggregate, collection);
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    /**
     * Inserts new aggregates with their events in one unordered bulk write, each at most once: one whose id is stored
     * already (a second writer, a rerun) is refused, and nothing of it is written or sent; the others are written and
     * their events handed to the relay. Any other write error is thrown.
     *
     * @return the aggregates this wrote, in their order
     */
    public <T extends HasOutbox> List<T> insertNew(List<T> aggregates, String collection) {
        if (aggregates.isEmpty()) {
            return List.of();
        }
        List<Document> documents = aggregates.stream()
                .map(aggregate -> StateUpdate.insertion(mongo.getConverter(), aggregate)).toList();
        Set<Integer> refused = new HashSet<>();
        try {
            mongo.bulkOps(BulkMode.UNORDERED, collection).insert(documents).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
        }
        List<T> written = new ArrayList<>(aggregates.size() - refused.size());
        for (int i = 0; i < aggregates.size(); i++) {
            if (!refused.contains(i)) {
                written.add(aggregates.get(i));
                handOver(aggregates.get(i), collection, documents.get(i));
            }
        }
        return written;
    }

    /** Replaces the aggregate of the same id with this one and its events, or inserts it. */
    public void replace(HasOutbox aggregate, String collection) {
        Document document = StateUpdate.insertion(mongo.getConverter(), aggregate);
        mongo.save(document, collection);
        handOver(aggregate, collection, document);
    }

    /**
     * Changes the aggregate {@code id} with an update that carries its events ({@link StateUpdate}), only if it still
     * matches {@code unchanged} (the version that was read), and then has the relay publish them.
     *
     * @return whether it matched; when it did not, nothing was written or sent
     */
    public boolean change(Object id, Query unchanged, Update withEvents, String collection) {
        if (mongo.updateFirst(unchanged, withEvents, collection).getMatchedCount() == 0) {
            return false;
        }
        relay.publishSoon(collection, id);
        return true;
    }

    private void handOver(HasOutbox aggregate, String collection, Document written) {
        if (!aggregate.getPendingEvents().isEmpty()) {
            relay.publishSoon(collection, written.get("_id"), aggregate.getPendingEvents());
        }
    }
}
