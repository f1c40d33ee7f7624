package io.propertyops.billing.fee.persistence;

import io.propertyops.billing.fee.application.FeeItemStore;
import io.propertyops.billing.fee.domain.BillingMode;
import io.propertyops.billing.fee.domain.Cycle;
import io.propertyops.billing.fee.domain.DueRule;
import io.propertyops.billing.fee.domain.FeeItem;
import io.propertyops.billing.fee.domain.FeeKind;
import io.propertyops.billing.fee.domain.FeeStandard;
import io.propertyops.billing.fee.domain.Formula;
import io.propertyops.billing.fee.domain.Rounding;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fee items in {@code fee_items}, each with its standards' history inside; changed only on the version read
 * (the unique {@code {_id, version}} index serves that on the embedded store too). A retried create is found by its
 * idempotency key (unique, sparse).
 */
@Repository
class MongoFeeItemStore implements FeeItemStore {

    static final String COLLECTION = "fee_items";

    @Document(COLLECTION)
    record FeeItemDocument(@Id String id, String communityId, String kind, String name, List<StandardDocument> standards,
                           LocalDate billedUntil, long version, Instant createdAt, String createdBy,
                           @Indexed(unique = true, sparse = true) String idempotencyKey) {

        static FeeItemDocument of(FeeItem item, String idempotencyKey) {
            return new FeeItemDocument(item.id(), item.communityId(), item.kind().name(), item.name(),
                    item.standards().stream().map(StandardDocument::of).toList(), item.billedUntil(), item.version(),
                    item.createdAt(), item.createdBy(), idempotencyKey);
        }

        FeeItem toDomain() {
            return new FeeItem(id, communityId, FeeKind.valueOf(kind), name,
                    standards.stream().map(StandardDocument::toDomain).toList(), billedUntil, version, createdAt, createdBy);
        }
    }

    record StandardDocument(int number, LocalDate effectiveFrom, String formula, BigDecimal price, String cycle,
                            String mode, String dueRule, int dueDays, int roundingScale, String roundingMode,
                            boolean billed) {

        static StandardDocument of(FeeStandard s) {
            return new StandardDocument(s.number(), s.effectiveFrom(), s.formula().name(), s.price(), s.cycle().name(),
                    s.mode().name(), s.dueRule().kind().name(), s.dueRule().days(), s.rounding().scale(),
                    s.rounding().mode().name(), s.billed());
        }

        FeeStandard toDomain() {
            return new FeeStandard(number, effectiveFrom, Formula.valueOf(formula), price, Cycle.valueOf(cycle),
                    BillingMode.valueOf(mode), new DueRule(DueRule.Kind.valueOf(dueRule), dueDays),
                    new Rounding(roundingScale, Rounding.Mode.valueOf(roundingMode)), billed);
        }
    }

    private final MongoTemplate mongo;

    MongoFeeItemStore(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(COLLECTION, "version");
    }

    @Override
    public void insert(FeeItem item, String idempotencyKey) {
        mongo.insert(FeeItemDocument.of(item, idempotencyKey));
    }

    @Override
    public Optional<FeeItem> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(idempotencyKey)),
                FeeItemDocument.class)).map(FeeItemDocument::toDomain);
    }

    @Override
    public Optional<FeeItem> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FeeItemDocument.class)).map(FeeItemDocument::toDomain);
    }

    @Override
    public List<FeeItem> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), FeeItemDocument.class).stream()
                .map(FeeItemDocument::toDomain).toList();
    }

    @Override
    public boolean replace(FeeItem next, long readVersion) {
        FeeItemDocument stored = mongo.findById(next.id(), FeeItemDocument.class);
        if (stored == null || stored.version() != readVersion) {
            return false;
        }
        return mongo.findAndReplace(Query.query(Criteria.where("_id").is(next.id()).and("version").is(readVersion)),
                FeeItemDocument.of(next, stored.idempotencyKey())) != null;
    }
}
