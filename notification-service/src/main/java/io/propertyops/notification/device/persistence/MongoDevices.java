package io.propertyops.notification.device.persistence;

import io.propertyops.notification.device.application.Devices;
import io.propertyops.notification.device.domain.Device;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The app devices people registered, in {@code devices} by token. */
@Component
class MongoDevices implements Devices {

    /** A device as stored: its token is its id. */
    @Document("devices")
    // trivially unique (_id is): "this token, if it is this person's" is found from an index on the embedded store
    @CompoundIndex(name = "token_person", def = "{'_id': 1, 'personId': 1}", unique = true)
    record DeviceDocument(@Id String token, @Indexed String personId, Device.Platform platform, String appVersion,
                          Instant registeredAt, Instant updatedAt) {

        Device device() {
            return new Device(token, personId, platform, appVersion, registeredAt, updatedAt);
        }
    }

    private final MongoTemplate mongo;

    MongoDevices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Device> register(String personId, String token, Device.Platform platform, String appVersion, Instant now) {
        try {
            return Optional.of(mongo.findAndModify(theirs(personId, token), new Update()
                            .set("platform", platform).set("appVersion", appVersion).set("updatedAt", now)
                            .setOnInsert("personId", personId).setOnInsert("registeredAt", now),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), DeviceDocument.class).device());
        } catch (DuplicateKeyException someoneElses) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Device> of(String personId, String token) {
        return Optional.ofNullable(mongo.findOne(theirs(personId, token), DeviceDocument.class)).map(DeviceDocument::device);
    }

    @Override
    public boolean unregister(String personId, String token) {
        return mongo.remove(theirs(personId, token), DeviceDocument.class).getDeletedCount() > 0;
    }

    @Override
    public List<Device> of(String personId) {
        return mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("registeredAt")), DeviceDocument.class)
                .stream().map(DeviceDocument::device).toList();
    }

    @Override
    public Set<String> holdersAmong(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("personId").in(personIds)), "personId",
                DeviceDocument.class, String.class));
    }

    private static Query theirs(String personId, String token) {
        return Query.query(Criteria.where("_id").is(token).and("personId").is(personId));
    }
}
