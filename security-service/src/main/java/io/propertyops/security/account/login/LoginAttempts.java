package io.propertyops.security.account.login;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Consecutive failed logins per username, in MongoDB so that every replica sees the same count. Unknown
 * usernames are counted too, so a lock says nothing about whether an account exists.
 */
@Component
public class LoginAttempts {

    static final String COLLECTION = "login_attempts";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final LoginLockout lockout = LoginLockout.DEFAULT;

    LoginAttempts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Document attempts = mongo.findById(key(username), Document.class, COLLECTION);
        if (attempts == null || attempts.getDate("lastFailure") == null) {
            return false;
        }
        Instant until = lockout.lockedUntil(attempts.getInteger("failures", 0), attempts.getDate("lastFailure").toInstant());
        return until != null && clock.instant().isBefore(until);
    }

    public void failed(String username) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(key(username))),
                new Update().inc("failures", 1).set("lastFailure", clock.instant()),
                FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
    }

    public void succeeded(String username) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(username))), COLLECTION);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
