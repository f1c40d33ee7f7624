package io.propertyops.notification;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts a batch of effects in one unordered bulk write, each at most once: an effect carries a unique key derived
 * from its cause (event, recipient, channel), so one already written — by a redelivered batch, a resumed fan-out, a
 * second copy in the same batch — is refused by the key and counts as done, while the rest are written.
 */
public final class NewEffects {

    private static final int DUPLICATE_KEY = 11000;

    private NewEffects() {
    }

    /** @return the effects this wrote, in their order; the others existed already */
    public static <T> List<T> insert(MongoTemplate mongo, List<T> effects, Class<? super T> type) {
        if (effects.isEmpty()) {
            return List.of();
        }
        try {
            mongo.bulkOps(BulkMode.UNORDERED, type).insert(effects).execute();
            return effects;
        } catch (BulkOperationException e) {
            Set<Integer> refused = new HashSet<>();
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
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
