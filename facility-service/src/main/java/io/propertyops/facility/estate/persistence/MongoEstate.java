package io.propertyops.facility.estate.persistence;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.VersionIndexes;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Communities and units on MongoDB. Each is written together with the events its change caused, in one document
 * write, and its events are handed to the outbox relay right here, for inserts and updates alike. Changes are
 * matched on {@code {_id, version}}, which the unique index of that shape serves on the embedded store too.
 */
@Repository
class MongoEstate implements Estate {

    /** Units an import inserts per bulk write. */
    private static final int BULK = 1_000;

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;
    private final OutboxRelay relay;

    MongoEstate(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes, OutboxRelay relay,
                VersionIndexes versionIndexes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
        this.relay = relay;
        versionIndexes.declare(CommunityDocument.COLLECTION, "version");
        versionIndexes.declare(UnitDocument.COLLECTION, "version");
    }

    @Override
    public Optional<Community> community(String id) {
        return Optional.ofNullable(mongo.findById(id, CommunityDocument.class)).map(CommunityDocument::toDomain);
    }

    @Override
    public List<Community> communities(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)).with(Sort.by("name")), CommunityDocument.class)
                .stream().map(CommunityDocument::toDomain).toList();
    }

    @Override
    public boolean insert(Community community, List<? extends DomainEvent> events) {
        return writes.insertIfAbsent(CommunityDocument.of(community, outbox.of(events)), CommunityDocument.COLLECTION);
    }

    @Override
    public boolean replace(Community next, long storedVersion, List<? extends DomainEvent> events) {
        CommunityDocument document = CommunityDocument.of(next, List.of());
        Update update = StateUpdate.of(mongo.getConverter(), document, outbox.of(events), "version", next.version());
        unsetNull(update, "city", next.city(), "district", next.district(), "address", next.address());
        return writes.change(next.id(), unchanged(next.id(), storedVersion), update, CommunityDocument.COLLECTION);
    }

    @Override
    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(mongo.findById(id, UnitDocument.class)).map(UnitDocument::toDomain);
    }

    @Override
    public List<Unit> units(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("number")),
                UnitDocument.class).stream().map(UnitDocument::toDomain).toList();
    }

    @Override
    public boolean insertUnit(Unit unit, DomainEvent event) {
        return writes.insertIfAbsent(UnitDocument.of(unit, outbox.of(List.of(event))), UnitDocument.COLLECTION);
    }

    @Override
    public List<Unit> insertUnits(List<Unit> units, List<? extends DomainEvent> events) {
        if (units.size() != events.size()) {
            throw new IllegalArgumentException("one event per unit");
        }
        List<Unit> inserted = new ArrayList<>(units.size());
        for (int from = 0; from < units.size(); from += BULK) {
            int to = Math.min(units.size(), from + BULK);
            List<Document> documents = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                documents.add(StateUpdate.insertion(mongo.getConverter(),
                        UnitDocument.of(units.get(i), outbox.of(List.of(events.get(i))))));
            }
            Set<Integer> refused = insertNew(documents);
            for (int i = 0; i < documents.size(); i++) {
                if (!refused.contains(i)) {
                    inserted.add(units.get(from + i));
                }
            }
        }
        return inserted;
    }

    @Override
    public void publishUnits(Collection<String> unitIds) {
        unitIds.forEach(id -> relay.publishSoon(UnitDocument.COLLECTION, id));
    }

    /** One unordered bulk insert; the positions of the documents refused as stored already. */
    private Set<Integer> insertNew(List<Document> documents) {
        try {
            mongo.bulkOps(BulkMode.UNORDERED, UnitDocument.COLLECTION).insert(documents).execute();
            return Set.of();
        } catch (BulkOperationException e) {
            return Effects.refusedAsStored(e);
        }
    }

    @Override
    public boolean replaceUnit(Unit next, long storedVersion, DomainEvent event) {
        UnitDocument document = UnitDocument.of(next, List.of());
        Update update = StateUpdate.of(mongo.getConverter(), document, outbox.of(List.of(event)), "version",
                next.version()).unset("areaSqm");
        unsetNull(update, "interiorAreaSqm", next.interiorAreaSqm());
        return writes.change(next.id(), unchanged(next.id(), storedVersion), update, UnitDocument.COLLECTION);
    }

    @Override
    public void recordPlaces(String communityId, Map<String, LocationKind> places) {
        places.forEach((id, kind) -> {
            try {
                mongo.insert(new PlaceDocument(id, communityId, kind));
            } catch (DuplicateKeyException recordedAlready) {
                // a place is recorded once and never moves
            }
        });
    }

    @Override
    public Optional<String> communityOfPlace(String placeId) {
        return Optional.ofNullable(mongo.findById(placeId, PlaceDocument.class)).map(PlaceDocument::communityId);
    }

    /** Unsets the fields whose new value is null: a whole-document update sets only the fields that have one. */
    private static void unsetNull(Update update, Object... fieldsAndValues) {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                update.unset((String) fieldsAndValues[i]);
            }
        }
    }

    /**
     * The document as it was read: {@code _id} and {@code version}, or, for one stored before it was versioned,
     * {@code _id} and no version.
     */
    private static Query unchanged(String id, long storedVersion) {
        Criteria version = storedVersion == 0 ? Criteria.where("version").exists(false)
                : Criteria.where("version").is(storedVersion);
        return Query.query(Criteria.where("_id").is(id)).addCriteria(version);
    }
}
