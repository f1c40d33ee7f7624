package io.propertyops.notification.device;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The app devices people registered, which push messages go to. */
@Component
public class Devices {

    private final MongoTemplate mongo;

    Devices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Registers the device for the person, or updates its platform and app version.
     *
     * @return the device, or empty when another person holds the token
     */
    public Optional<Device> register(String personId, String token, Device.Platform platform, String appVersion, Instant now) {
        try {
            return Optional.of(mongo.findAndModify(theirs(personId, token), new Update()
                            .set("platform", platform).set("appVersion", appVersion).set("updatedAt", now)
                            .setOnInsert("personId", personId).setOnInsert("registeredAt", now),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Device.class));
        } catch (DuplicateKeyException someoneElses) {
            return Optional.empty();
        }
    }

    public Optional<Device> of(String personId, String token) {
        return Optional.ofNullable(mongo.findOne(theirs(personId, token), Device.class));
    }

    /** @return whether the person had it */
    public boolean unregister(String personId, String token) {
        return mongo.remove(theirs(personId, token), Device.class).getDeletedCount() > 0;
    }

    public List<Device> of(String personId) {
        return mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("registeredAt")), Device.class);
    }

    /** Who of these people has at least one app device: one query for a whole batch of them. */
    public Set<String> holdersAmong(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("personId").in(personIds)), "personId",
                Device.class, String.class));
    }

    private static Query theirs(String personId, String token) {
        return Query.query(Criteria.where("_id").is(token).and("personId").is(personId));
    }
}
