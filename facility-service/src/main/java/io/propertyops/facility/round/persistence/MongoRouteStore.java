package io.propertyops.facility.round.persistence;

import io.propertyops.facility.round.application.RouteStore;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.starter.messaging.Effects;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoRouteStore implements RouteStore {

    private final MongoTemplate mongo;

    MongoRouteStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(InspectionRoute route) {
        return Effects.insertOnce(mongo, RouteDocument.of(route));
    }

    @Override
    public Optional<InspectionRoute> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RouteDocument.class)).map(RouteDocument::toDomain);
    }

    @Override
    public boolean replace(InspectionRoute next, long storedVersion) {
        return mongo.replace(Query.query(Criteria.where("_id").is(next.id()).and("version").is(storedVersion)),
                RouteDocument.of(next)).getMatchedCount() == 1;
    }

    @Override
    public List<InspectionRoute> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("name")),
                RouteDocument.class).stream().map(RouteDocument::toDomain).toList();
    }
}
