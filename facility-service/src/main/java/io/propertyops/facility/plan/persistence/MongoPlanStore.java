package io.propertyops.facility.plan.persistence;

import io.propertyops.facility.plan.application.PlanProperties;
import io.propertyops.facility.plan.application.PlanStore;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.persistence.ByIds;
import io.propertyops.starter.persistence.DueMarks;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Plans on MongoDB, each write a replacement on the revision it was read at. */
@Repository
class MongoPlanStore implements PlanStore {

    private final MongoTemplate mongo;
    private final ZoneId zone;

    MongoPlanStore(MongoTemplate mongo, PlanProperties properties) {
        this.mongo = mongo;
        this.zone = properties.zone();
    }

    @Override
    public boolean insert(Plan plan) {
        return Effects.insertOnce(mongo, PlanDocument.of(plan.atRevision(-1), zone));
    }

    @Override
    public Optional<Plan> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PlanDocument.class)).map(PlanDocument::toDomain);
    }

    @Override
    public List<Plan> findAll(Collection<String> ids) {
        return ByIds.find(mongo, ids, PlanDocument.class).stream().map(PlanDocument::toDomain).toList();
    }

    @Override
    public boolean save(Plan plan) {
        return mongo.replace(onRevision(plan), PlanDocument.of(plan, zone)).getMatchedCount() == 1;
    }

    @Override
    public int saveAll(List<Plan> plans) {
        if (plans.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PlanDocument.class);
        plans.forEach(plan -> bulk.replaceOne(onRevision(plan), PlanDocument.of(plan, zone)));
        return bulk.execute().getMatchedCount();
    }

    @Override
    public boolean delete(Plan plan) {
        return mongo.remove(onRevision(plan), PlanDocument.class).getDeletedCount() == 1;
    }

    private static Query onRevision(Plan plan) {
        return Query.query(Criteria.where("_id").is(plan.id()).and("revision").is(plan.revision()));
    }

    @Override
    public List<Plan> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("name")),
                PlanDocument.class).stream().map(PlanDocument::toDomain).toList();
    }

    /** Marks sort by their time: read until the first that is not due yet. */
    @Override
    public List<Plan> due(Instant now, int limit) {
        try (Stream<PlanDocument> marked = mongo.stream(DueMarks.marked("generateMark", ""), PlanDocument.class)) {
            return marked.takeWhile(plan -> !plan.nextGenerateAt().isAfter(now)).limit(limit)
                    .map(PlanDocument::toDomain).toList();
        }
    }
}
