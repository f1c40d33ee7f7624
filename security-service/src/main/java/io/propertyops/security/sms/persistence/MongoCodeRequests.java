package io.propertyops.security.sms.persistence;

import io.propertyops.security.sms.application.CodeRequests;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One document per phone or address ({@code _id} is the key, {@code at} the times), read by {@code _id} instead of
 * searching a log of every request (which the embedded store scans, and which its TTL indexes would never trim).
 */
@Repository
class MongoCodeRequests implements CodeRequests {

    static final String COLLECTION = "sms_code_limits";

    private final MongoTemplate mongo;

    MongoCodeRequests(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Instant> of(String key) {
        Document limits = mongo.findById(key, Document.class, COLLECTION);
        return limits == null ? List.of() : limits.getList("at", Date.class, List.of()).stream().map(Date::toInstant).toList();
    }

    @Override
    public void record(String key, List<Instant> at) {
        mongo.upsert(Query.query(Criteria.where("_id").is(key)),
                new Update().set("at", at.stream().map(Date::from).toList()), COLLECTION);
    }
}
