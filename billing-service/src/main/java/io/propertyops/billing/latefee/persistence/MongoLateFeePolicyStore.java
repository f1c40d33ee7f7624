package io.propertyops.billing.latefee.persistence;

import io.propertyops.billing.latefee.application.LateFeePolicyStore;
import io.propertyops.billing.latefee.domain.LateFeePolicy;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Policies in {@code late_fee_policies} ({@code _id} {@code <communityId>:<feeItemId|all>}), and each community's
 * last run day in {@code late_fee_runs}. Both are small: a few documents per community.
 */
@Repository
class MongoLateFeePolicyStore implements LateFeePolicyStore {

    static final String POLICIES = "late_fee_policies";
    static final String RUNS = "late_fee_runs";

    @Document(POLICIES)
    record PolicyDocument(@Id String id, String communityId, String feeItemId, int graceDays, String mode,
                          BigDecimal dailyRate, BigDecimal oneOffAmount, BigDecimal capShare, LocalDate startsOn,
                          long version) {

        static PolicyDocument of(LateFeePolicy p) {
            return new PolicyDocument(p.id(), p.communityId(), p.feeItemId(), p.graceDays(), p.mode().name(),
                    p.dailyRate(), p.oneOffAmount() == null ? null : p.oneOffAmount().yuan(), p.capShare(),
                    p.startsOn(), p.version());
        }

        LateFeePolicy toDomain() {
            return new LateFeePolicy(id, communityId, feeItemId, graceDays, LateFeePolicy.Mode.valueOf(mode), dailyRate,
                    oneOffAmount == null ? null : new Money(oneOffAmount), capShare, startsOn, version);
        }
    }

    @Document(RUNS)
    record RunDocument(@Id String communityId, LocalDate lastRunOn) {
    }

    private final MongoTemplate mongo;

    MongoLateFeePolicyStore(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(POLICIES, "version");
    }

    @Override
    public List<LateFeePolicy> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), PolicyDocument.class).stream()
                .map(PolicyDocument::toDomain).toList();
    }

    @Override
    public List<String> communities() {
        return mongo.findDistinct(new Query(), "communityId", POLICIES, String.class);
    }

    @Override
    public Optional<LateFeePolicy> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PolicyDocument.class)).map(PolicyDocument::toDomain);
    }

    @Override
    public boolean save(LateFeePolicy policy, long readVersion) {
        if (readVersion == 0) {
            try {
                mongo.insert(PolicyDocument.of(policy));
                return true;
            } catch (DuplicateKeyException savedMeanwhile) {
                return false;
            }
        }
        return mongo.findAndReplace(Query.query(Criteria.where("_id").is(policy.id()).and("version").is(readVersion)),
                PolicyDocument.of(policy), FindAndReplaceOptions.none()) != null;
    }

    @Override
    public Optional<LocalDate> lastRunOn(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, RunDocument.class)).map(RunDocument::lastRunOn);
    }

    @Override
    public void ranOn(String communityId, LocalDate day) {
        mongo.upsert(Query.query(Criteria.where("_id").is(communityId)), new Update().set("lastRunOn", day), RunDocument.class);
    }
}
