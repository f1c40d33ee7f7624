package io.propertyops.facility.estate.persistence;

import io.propertyops.facility.estate.application.ParkingSpaceStore;
import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Parking spaces on MongoDB, changed on {@code {_id, version}}. */
@Repository
class MongoParkingSpaces implements ParkingSpaceStore {

    private final MongoTemplate mongo;

    MongoParkingSpaces(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(ParkingSpaceDocument.COLLECTION, "version");
    }

    @Override
    public Optional<ParkingSpace> space(String id) {
        return Optional.ofNullable(mongo.findById(id, ParkingSpaceDocument.class)).map(ParkingSpaceDocument::toDomain);
    }

    @Override
    public List<ParkingSpace> spaces(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId))
                        .with(Sort.by("parkingAreaId", "number")), ParkingSpaceDocument.class)
                .stream().map(ParkingSpaceDocument::toDomain).toList();
    }

    @Override
    public boolean insert(ParkingSpace space) {
        return Effects.insertOnce(mongo, ParkingSpaceDocument.of(space));
    }

    @Override
    public boolean replace(ParkingSpace next, long storedVersion) {
        Update update = StateUpdate.of(mongo.getConverter(), ParkingSpaceDocument.of(next), List.of(), "version",
                next.version());
        if (next.unitId() == null) {
            update.unset("unitId");
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(next.id()).and("version").is(storedVersion)),
                update, ParkingSpaceDocument.COLLECTION).getMatchedCount() == 1;
    }
}
