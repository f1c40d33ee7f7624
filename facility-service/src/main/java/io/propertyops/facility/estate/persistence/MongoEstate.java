package io.propertyops.facility.estate.persistence;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Communities and units on MongoDB. A community is written together with the events its change caused, in one
 * document write, and its events are handed to the outbox relay right here, for inserts and updates alike.
 */
@Repository
class MongoEstate implements Estate {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoEstate(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public int insertUnitsOnce(List<Unit> units) {
        int inserted = 0;
        for (Unit unit : units) {
            inserted += Effects.insertOnce(mongo, UnitDocument.of(unit)) ? 1 : 0;
        }
        return inserted;
    }

    @Override
    public Optional<Community> community(String id) {
        return Optional.ofNullable(mongo.findById(id, CommunityDocument.class)).map(CommunityDocument::toDomain);
    }

    @Override
    public boolean insert(Community community, List<? extends DomainEvent> events) {
        return writes.insertIfAbsent(CommunityDocument.of(community, outbox.of(events)), CommunityDocument.COLLECTION);
    }

    @Override
    public boolean replace(Community next, long storedVersion, List<? extends DomainEvent> events) {
        List<OutboxMessage> messages = outbox.of(events);
        // a community stored before structures were versioned has no version field yet
        Criteria unchanged = storedVersion == 0 ? Criteria.where("version").exists(false)
                : Criteria.where("version").is(storedVersion);
        CommunityDocument document = CommunityDocument.of(next, List.of());
        return writes.change(next.id(), Query.query(Criteria.where("_id").is(next.id())).addCriteria(unchanged),
                StateUpdate.of(mongo.getConverter(), document, messages, "version", next.version()),
                CommunityDocument.COLLECTION);
    }

    @Override
    public List<Community> communities(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)).with(Sort.by("name")), CommunityDocument.class)
                .stream().map(CommunityDocument::toDomain).toList();
    }

    @Override
    public List<Unit> units(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("number")),
                UnitDocument.class).stream().map(UnitDocument::toDomain).toList();
    }
}
