package io.propertyops.starter.messaging;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts documents at most once by their natural key: a listener's effect carries a unique index derived
 * from the event (for example event id + recipient + channel), so a redelivered event inserts nothing new;
 * seeds and registrations that two replicas may run at once use the same rule on their ids.
 */
public final class Effects {

    private static final int DUPLICATE_KEY = 11000;

    private Effects() {
    }

    /** Inserts the effect unless one with the same unique key exists; true when it was new. */
    public static boolean insertOnce(MongoTemplate mongo, Object effect) {
        try {
            mongo.insert(effect);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * The positions of an unordered bulk insert's documents that were refused because one of the same unique key is
     * stored already (written before, or twice in the bulk), for a writer that inserts its own way (documents with
     * an outbox, say) but counts duplicates as done the same way.
     *
     * @throws BulkOperationException the same, when any document failed for another reason
     */
    public static Set<Integer> refusedAsStored(BulkOperationException e) {
        Set<Integer> refused = new HashSet<>();
        for (BulkWriteError error : e.getErrors()) {
            if (error.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            refused.add(error.getIndex());
        }
        return refused;
    }

    /**
     * Inserts a batch of effects in one unordered bulk write, each at most once: one already written — by a
     * redelivered batch, a resumed fan-out, a second copy in the same batch — is refused by its key and counts as
     * done, while the rest are written. Any other write error is thrown.
     *
     * @return the effects this wrote, in their order; the others existed already
     */
    public static <T> List<T> insertNew(MongoTemplate mongo, List<T> effects, Class<? super T> type) {
        return effects.isEmpty() ? List.of() : insertNew(mongo.bulkOps(BulkMode.UNORDERED, type), effects);
    }

    /** As {@link #insertNew(MongoTemplate, List, Class)}, into a named collection (documents as they are written). */
    public static <T> List<T> insertNew(MongoTemplate mongo, List<T> effects, String collection) {
        return effects.isEmpty() ? List.of() : insertNew(mongo.bulkOps(BulkMode.UNORDERED, collection), effects);
    }

    private static <T> List<T> insertNew(BulkOperations bulk, List<T> effects) {
        try {
            bulk.insert(effects).execute();
            return effects;
        } catch (BulkOperationException e) {
            Set<Integer> refused = refusedAsStored(e);
            List<T> written = new ArrayList<>(effects.size() - refused.size());
            for (int i = 0; i < effects.size(); i++) {
                if (!refused.contains(i)) {
                    written.add(effects.get(i));
                }
            }
            return written;
        }
    }
}
