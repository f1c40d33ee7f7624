package io.propertyops.facility.handover.persistence;

import io.propertyops.facility.handover.application.HandoverStore;
import io.propertyops.facility.handover.domain.Handover;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Handover checklists in {@code handovers}, one per unit by the unit's id, changed on {@code {_id, version}}. */
@Repository
class MongoHandoverStore implements HandoverStore {

    @org.springframework.data.mongodb.core.mapping.Document(HandoverDocument.COLLECTION)
    record HandoverDocument(@Id String unitId, String communityId, String ownerId, List<Handover.InspectionItem> items,
                            List<Handover.KeySet> keys, List<Handover.MeterReading> readings,
                            List<Handover.DocumentReceived> documents, boolean handbookAcknowledged,
                            Instant completedAt, String completedBy, long version) {

        static final String COLLECTION = "handovers";

        static HandoverDocument of(Handover handover) {
            return new HandoverDocument(handover.unitId(), handover.communityId(), handover.ownerId(), handover.items(),
                    handover.keys(), handover.readings(), handover.documents(), handover.handbookAcknowledged(),
                    handover.completedAt(), handover.completedBy(), handover.version());
        }

        Handover toDomain() {
            return new Handover(unitId, communityId, ownerId, items, keys, readings, documents, handbookAcknowledged,
                    completedAt, completedBy, version);
        }
    }

    private final MongoTemplate mongo;

    MongoHandoverStore(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(HandoverDocument.COLLECTION, "version");
    }

    @Override
    public Optional<Handover> find(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, HandoverDocument.class)).map(HandoverDocument::toDomain);
    }

    @Override
    public List<Handover> find(Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(unitIds)), HandoverDocument.class).stream()
                .map(HandoverDocument::toDomain).toList();
    }

    @Override
    public boolean insert(Handover handover) {
        return Effects.insertOnce(mongo, HandoverDocument.of(handover));
    }

    @Override
    public boolean replace(Handover next, long storedVersion) {
        Update update = StateUpdate.of(mongo.getConverter(), HandoverDocument.of(next), List.of(), "version",
                next.version());
        if (next.ownerId() == null) {
            update.unset("ownerId");
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(next.unitId()).and("version").is(storedVersion)),
                update, HandoverDocument.COLLECTION).getMatchedCount() == 1;
    }
}
