package io.propertyops.starter.messaging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts a document at most once by its natural key: a listener's effect carries a unique index derived
 * from the event (for example event id + recipient + channel), so a redelivered event inserts nothing new;
 * seeds and registrations that two replicas may run at once use the same rule on their ids.
 */
public final class Effects {

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
}
