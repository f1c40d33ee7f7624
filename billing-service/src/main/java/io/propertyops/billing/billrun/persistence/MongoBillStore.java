package io.propertyops.billing.billrun.persistence;

import io.propertyops.billing.billrun.application.BillStore;
import io.propertyops.billing.billrun.domain.PayerBill;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bills' read model in {@code bills}, one document per bill, rewritten whole (upserted) from the ledger after
 * each posting — so writing it again is harmless — and listed by scanning a community's.
 */
@Repository
class MongoBillStore implements BillStore {

    static final String COLLECTION = "bills";

    @Document(COLLECTION)
    record BillDocument(@Id String id, String communityId, String period, String payer, String unitId, String buildingId,
                        String unitNumber, List<LineDocument> lines, BigDecimal total, LocalDate dueOn,
                        Instant issuedAt) {

        static BillDocument of(Issued issued) {
            PayerBill b = issued.bill();
            return new BillDocument(b.billId(), b.communityId(), b.period(), b.payer().key(), b.unitId(), b.buildingId(),
                    b.unitNumber(), b.lines().stream().map(l -> new LineDocument(l.chargeId(), l.feeItemId(), l.feeName(),
                    l.amount().yuan(), l.dueOn())).toList(), b.total().yuan(), b.dueOn(), issued.issuedAt());
        }

        Issued toDomain() {
            return new Issued(new PayerBill(id, communityId, period, Payer.parse(payer), unitId, buildingId, unitNumber,
                    lines.stream().map(l -> new PayerBill.Line(l.chargeId(), l.feeItemId(), l.feeName(),
                            new Money(l.amount()), l.dueOn())).toList()), issuedAt);
        }
    }

    record LineDocument(String chargeId, String feeItemId, String feeName, BigDecimal amount, LocalDate dueOn) {
    }

    private final MongoTemplate mongo;

    MongoBillStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void saveAll(List<Issued> bills) {
        if (bills.isEmpty()) {
            return;
        }
        Map<String, BillDocument> byId = new LinkedHashMap<>();
        bills.forEach(issued -> byId.put(issued.bill().billId(), BillDocument.of(issued)));
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, BillDocument.class);
        byId.values().forEach(document -> {
            bulk.replaceOne(Query.query(Criteria.where("_id").is(document.id())), document,
                    FindAndReplaceOptions.options().upsert());
        });
        bulk.execute();
    }

    @Override
    public Optional<Issued> find(String billId) {
        return Optional.ofNullable(mongo.findById(billId, BillDocument.class)).map(BillDocument::toDomain);
    }

    @Override
    public List<Issued> inCommunity(String communityId, String period, String unitId) {
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (period != null) {
            criteria = criteria.and("period").is(period);
        }
        if (unitId != null) {
            criteria = criteria.and("unitId").is(unitId);
        }
        return mongo.find(Query.query(criteria), BillDocument.class).stream().map(BillDocument::toDomain).toList();
    }
}
