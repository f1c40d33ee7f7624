package io.propertyops.billing.unit.persistence;

import io.propertyops.billing.unit.application.BilledUnitStore;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The units in {@code billed_units}, one document per unit, where the newest version wins — "newest event wins"
 * by the unit's own version rather than by time: the document is read by id and replaced only if its version is
 * still the one read (the unique {@code {_id, version}} index serves that on the embedded store too), so two
 * snapshots applied at once cannot let the older one win.
 */
@Repository
class MongoBilledUnits implements BilledUnitStore {

    private static final int ATTEMPTS = 3;

    @Document(BilledUnitDocument.COLLECTION)
    record BilledUnitDocument(@Id String id, String communityId, String buildingId, String number, String type,
                              String state, BigDecimal buildingAreaSqm, BigDecimal interiorAreaSqm, long version) {

        static final String COLLECTION = "billed_units";

        static BilledUnitDocument of(BilledUnit unit) {
            return new BilledUnitDocument(unit.unitId(), unit.communityId(), unit.buildingId(), unit.number(),
                    unit.type(), unit.state(), unit.buildingAreaSqm(), unit.interiorAreaSqm(), unit.version());
        }

        BilledUnit toDomain() {
            return new BilledUnit(id, communityId, buildingId, number, type, state, buildingAreaSqm, interiorAreaSqm,
                    version);
        }
    }

    private final MongoTemplate mongo;

    MongoBilledUnits(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(BilledUnitDocument.COLLECTION, "version");
    }

    @Override
    public boolean keepIfNewer(BilledUnit unit) {
        BilledUnitDocument next = BilledUnitDocument.of(unit);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BilledUnitDocument kept = mongo.findById(unit.unitId(), BilledUnitDocument.class);
            if (kept == null) {
                try {
                    mongo.insert(next);
                    return true;
                } catch (DuplicateKeyException insertedMeanwhile) {
                    continue;
                }
            }
            if (kept.version() >= unit.version()) {
                return false;
            }
            if (mongo.findAndReplace(Query.query(Criteria.where("_id").is(unit.unitId()).and("version").is(kept.version())),
                    next) != null) {
                return true;
            }
        }
        throw new OptimisticLockingFailureException("Unit " + unit.unitId() + " kept changing; the event is retried");
    }

    @Override
    public Optional<BilledUnit> find(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, BilledUnitDocument.class)).map(BilledUnitDocument::toDomain);
    }

    @Override
    public List<BilledUnit> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), BilledUnitDocument.class).stream()
                .map(BilledUnitDocument::toDomain).toList();
    }
}
