package io.propertyops.billing.unit.persistence;

import io.propertyops.billing.unit.application.BilledUnitStore;
import io.propertyops.billing.unit.domain.BilledUnit;
import com.mongodb.bulk.BulkWriteResult;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.persistence.ByIds;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units in {@code billed_units}, one document per unit, where the newest version wins — "newest event wins"
 * by the unit's own version rather than by time: the document is read by id and replaced only if its version is
 * still the one read (the unique {@code {_id, version}} index serves that on the embedded store too), so two
 * snapshots applied at once cannot let the older one win.
 *
 * <p>A batch (an estate import's burst) does the same with one read and one write: the kept versions of all its units
 * by {@code _id $in} (in chunks, {@link ByIds}; served by the {@code _id} index on the embedded store too), then one
 * unordered bulk of inserts for the units not kept yet and replacements on {@code {_id, version}} as read for the
 * older ones. Should another writer have come between the read and the write (an insert refused as a duplicate, a
 * replacement matching nothing), the batch's units are decided again one at a time as above; those this bulk wrote
 * are kept at their version by then and change nothing.
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
    public int keepAllIfNewer(List<BilledUnit> units) {
        if (units.isEmpty()) {
            return 0;
        }
        Map<String, Long> kept = new HashMap<>();
        for (BilledUnitDocument document : ByIds.find(mongo, units.stream().map(BilledUnit::unitId).toList(),
                BilledUnitDocument.class)) {
            kept.put(document.id(), document.version());
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, BilledUnitDocument.class);
        List<BilledUnit> newer = new ArrayList<>();
        for (BilledUnit unit : units) {
            Long version = kept.get(unit.unitId());
            if (version == null) {
                bulk.insert(BilledUnitDocument.of(unit));
            } else if (version < unit.version()) {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(unit.unitId()).and("version").is(version)),
                        BilledUnitDocument.of(unit));
            } else {
                continue;
            }
            newer.add(unit);
        }
        if (newer.isEmpty()) {
            return 0;
        }
        BulkWriteResult result;
        try {
            result = bulk.execute();
        } catch (BulkOperationException e) {
            Effects.refusedAsStored(e); // throws unless every error is a unit inserted meanwhile
            result = e.getResult();
        }
        int written = result.getInsertedCount() + result.getMatchedCount();
        if (written == newer.size()) {
            return written;
        }
        // another writer came between the read and the bulk: decide the batch again unit by unit
        return written + (int) newer.stream().filter(this::keepIfNewer).count();
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
