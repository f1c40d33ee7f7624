package io.propertyops.billing.fee.persistence;

import io.propertyops.billing.fee.application.ConsumptionStore;
import io.propertyops.billing.fee.domain.Consumption;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.persistence.ByIds;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units' approved consumption in {@code billed_consumption}, keyed by facility-service's aggregate id
 * ({@code <community>:<month>:<unit>:<kind>}); a newer version replaces an older one on the version read (the unique
 * {@code {_id, version}} index), so two deliveries at once cannot let the older win. A month's close of thousands
 * of units is one read and two bulk writes.
 */
@Repository
class MongoConsumptionStore implements ConsumptionStore {

    static final String COLLECTION = "billed_consumption";

    @Document(COLLECTION)
    record ConsumptionDocument(@Id String id, String communityId, String unitId, String meterKind, String period,
                               BigDecimal quantity, String quantityUnit, long version) {

        static ConsumptionDocument of(Consumption c) {
            return new ConsumptionDocument(c.key(), c.communityId(), c.unitId(), c.meterKind(), c.period(), c.quantity(),
                    c.quantityUnit(), c.version());
        }

        Consumption toDomain() {
            return new Consumption(communityId, unitId, meterKind, period, quantity, quantityUnit, version);
        }
    }

    private final MongoTemplate mongo;

    MongoConsumptionStore(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(COLLECTION, "version");
    }

    @Override
    public int keepNewest(List<Consumption> consumptions) {
        Map<String, Consumption> newest = new LinkedHashMap<>();
        consumptions.forEach(c -> newest.merge(c.key(), c, (a, b) -> b.version() > a.version() ? b : a));
        Map<String, ConsumptionDocument> kept = new HashMap<>();
        ByIds.find(mongo, newest.keySet(), ConsumptionDocument.class).forEach(document -> kept.put(document.id(), document));
        List<ConsumptionDocument> inserts = new ArrayList<>();
        List<ConsumptionDocument> replaces = new ArrayList<>();
        newest.values().forEach(c -> {
            ConsumptionDocument before = kept.get(c.key());
            if (before == null) {
                inserts.add(ConsumptionDocument.of(c));
            } else if (before.version() < c.version()) {
                replaces.add(ConsumptionDocument.of(c));
            }
        });
        if (Effects.insertNew(mongo, inserts, ConsumptionDocument.class).size() < inserts.size()) {
            throw new OptimisticLockingFailureException("Consumption was kept meanwhile; the batch is handled again");
        }
        if (!replaces.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ConsumptionDocument.class);
            replaces.forEach(next -> bulk.replaceOne(Query.query(Criteria.where("_id").is(next.id())
                    .and("version").is(kept.get(next.id()).version())), next));
            if (bulk.execute().getMatchedCount() < replaces.size()) {
                throw new OptimisticLockingFailureException("Consumption changed meanwhile; the batch is handled again");
            }
        }
        return inserts.size() + replaces.size();
    }

    @Override
    public Map<String, Consumption> findAll(Collection<String> keys) {
        Map<String, Consumption> found = new HashMap<>();
        ByIds.find(mongo, keys, ConsumptionDocument.class).forEach(document -> found.put(document.id(), document.toDomain()));
        return found;
    }
}
