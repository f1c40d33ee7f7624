package io.propertyops.security.login.persistence;

import io.propertyops.security.login.application.FailedLogins;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** One document per username ({@code _id}): {@code failures} in a row and the {@code lastFailure}. */
@Repository
class MongoFailedLogins implements FailedLogins {

    static final String COLLECTION = "login_attempts";

    private final MongoTemplate mongo;

    MongoFailedLogins(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Streak> of(String username) {
        Document attempts = mongo.findById(username, Document.class, COLLECTION);
        if (attempts == null || attempts.getDate("lastFailure") == null) {
            return Optional.empty();
        }
        return Optional.of(new Streak(attempts.getInteger("failures", 0), attempts.getDate("lastFailure").toInstant()));
    }

    @Override
    public void add(String username, Instant at) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(username)),
                new Update().inc("failures", 1).set("lastFailure", at),
                FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
    }

    @Override
    public void clear(String username) {
        mongo.remove(Query.query(Criteria.where("_id").is(username)), COLLECTION);
    }
}
