package io.propertyops.starter.messaging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Makes a listener's effect idempotent by its natural key: the effect document carries a unique index
 * derived from the event (for example event id + recipient + channel), so a redelivered event inserts
 * nothing new.
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
