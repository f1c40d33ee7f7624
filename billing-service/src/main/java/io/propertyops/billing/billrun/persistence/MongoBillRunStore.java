package io.propertyops.billing.billrun.persistence;

import io.propertyops.billing.billrun.application.BillRunStore;
import io.propertyops.billing.billrun.domain.BillComposer;
import io.propertyops.billing.billrun.domain.BillRun;
import io.propertyops.billing.billrun.domain.Tally;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bill runs in {@code bill_runs}, one document per run holding its progress; every change is written on the version
 * read (the unique {@code {_id, version}} index), so of two attempts on one run only the one that holds it records.
 */
@Repository
class MongoBillRunStore implements BillRunStore {

    static final String COLLECTION = "bill_runs";

    @Document(COLLECTION)
    record BillRunDocument(@Id String id, String communityId, String period, List<String> feeItemIds,
                           List<LeftOutDocument> leftOut, String status, int attempt, String runner, Instant heartbeatAt,
                           String cursor, Instant startedAt, String startedBy, Instant finishedAt, long planned,
                           TallyDocument tally, long skipped, List<ReasonDocument> skippedByReason,
                           List<SkipDocument> samples, String error, long version) {

        static BillRunDocument of(BillRun r) {
            return new BillRunDocument(r.id(), r.communityId(), r.period(), r.feeItemIds(),
                    r.leftOut().stream().map(l -> new LeftOutDocument(l.feeItemId(), l.name(), l.problem(), l.reason())).toList(),
                    r.status().name(), r.attempt(), r.runner(), r.heartbeatAt(), r.cursor(), r.startedAt(), r.startedBy(),
                    r.finishedAt(), r.planned(), TallyDocument.of(r.tally()), r.skipped(),
                    r.skippedByReason().entrySet().stream().map(e -> new ReasonDocument(e.getKey(), e.getValue())).toList(),
                    r.samples().stream().map(s -> new SkipDocument(s.payer(), s.feeItemId(), s.reason())).toList(),
                    r.error(), r.version());
        }

        BillRun toDomain() {
            Map<String, Long> reasons = new LinkedHashMap<>();
            skippedByReason.forEach(reason -> reasons.put(reason.reason(), reason.count()));
            return new BillRun(id, communityId, period, feeItemIds,
                    leftOut.stream().map(l -> new BillRun.LeftOut(l.feeItemId(), l.name(), l.problem(), l.reason())).toList(),
                    BillRun.Status.valueOf(status), attempt, runner, heartbeatAt, cursor, startedAt, startedBy, finishedAt,
                    planned, tally.toDomain(), skipped, reasons,
                    samples.stream().map(s -> new BillComposer.Skip(s.payer(), s.feeItemId(), s.reason())).toList(),
                    error, version);
        }
    }

    record LeftOutDocument(String feeItemId, String name, String problem, String reason) {
    }

    record ReasonDocument(String reason, long count) {
    }

    record SkipDocument(String payer, String feeItemId, String reason) {
    }

    record TotalDocument(String key, String name, long count, BigDecimal amount) {
    }

    record TallyDocument(long bills, long lines, long posted, long existing, BigDecimal total,
                         List<TotalDocument> byItem, List<TotalDocument> byBuilding) {

        static TallyDocument of(Tally t) {
            return new TallyDocument(t.bills(), t.lines(), t.posted(), t.existing(), t.total().yuan(), totals(t.byItem()),
                    totals(t.byBuilding()));
        }

        private static List<TotalDocument> totals(Map<String, Tally.Total> totals) {
            return totals.entrySet().stream().map(e -> new TotalDocument(e.getKey(), e.getValue().name(),
                    e.getValue().count(), e.getValue().amount().yuan())).toList();
        }

        Tally toDomain() {
            return new Tally(bills, lines, posted, existing, new Money(total), totals(byItem), totals(byBuilding));
        }

        private static Map<String, Tally.Total> totals(List<TotalDocument> totals) {
            Map<String, Tally.Total> map = new LinkedHashMap<>();
            totals.forEach(t -> map.put(t.key(), new Tally.Total(t.name(), t.count(), new Money(t.amount()))));
            return map;
        }
    }

    private final MongoTemplate mongo;

    MongoBillRunStore(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(COLLECTION, "version");
    }

    @Override
    public boolean insert(BillRun run) {
        try {
            mongo.insert(BillRunDocument.of(run));
            return true;
        } catch (DuplicateKeyException stored) {
            return false;
        }
    }

    @Override
    public Optional<BillRun> find(String id) {
        return Optional.ofNullable(mongo.findById(id, BillRunDocument.class)).map(BillRunDocument::toDomain);
    }

    @Override
    public boolean replace(BillRun next, long readVersion) {
        return mongo.findAndReplace(Query.query(Criteria.where("_id").is(next.id()).and("version").is(readVersion)),
                BillRunDocument.of(next)) != null;
    }

    @Override
    public List<BillRun> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), BillRunDocument.class).stream()
                .map(BillRunDocument::toDomain).toList();
    }
}
