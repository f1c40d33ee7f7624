package io.propertyops.billing.payment.persistence;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.ReceiptStore;
import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.starter.persistence.DueMarks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Receipts in {@code receipts}, {@code _id} {@code <communityId>-<year>-<sequence>}, unique also by payment. A
 * receipt is inserted under the first free sequence from its community's counter on: the insert itself takes the
 * number (a duplicate id means another receipt has it: the next one is tried), so numbers have no gaps whatever
 * crashes where; the counter in {@code receipt_counters} is raised after, and only says where to start. A receipt
 * whose payment is not yet completed carries its due mark ({@code completionMark}).
 */
@Repository
class MongoReceiptStore implements ReceiptStore {

    static final String COLLECTION = "receipts";
    static final String COUNTERS = "receipt_counters";
    private static final String MARK = "completionMark";
    private static final int MAX_TRIES = 10_000;

    @Document(COLLECTION)
    @CompoundIndex(name = "community_unit", def = "{'communityId': 1, 'unitId': 1}")
    record ReceiptDocument(@Id String id, String number, String communityId, int year, long sequence,
                           @Indexed(unique = true) String paymentId, String payer, String unitId, String unitNumber,
                           String payerName, BigDecimal amount, String method, String reference, List<String> chargeIds,
                           String source, String sourceId, String cashierId, String cashierName, Instant receivedAt,
                           boolean completed, boolean voided, String voidReason, Instant voidedAt,
                           @Indexed(unique = true, sparse = true) String completionMark) {

        static ReceiptDocument of(Receipt receipt, String completionMark) {
            return new ReceiptDocument(receipt.id(), receipt.number(), receipt.communityId(), receipt.year(),
                    receipt.sequence(), receipt.paymentId(), receipt.payer(), receipt.unitId(), receipt.unitNumber(),
                    receipt.payerName(), receipt.amount().yuan(), receipt.method().name(), receipt.reference(),
                    receipt.chargeIds(), receipt.source().name(), receipt.sourceId(), receipt.cashierId(),
                    receipt.cashierName(), receipt.receivedAt(), receipt.completed(), receipt.voided(),
                    receipt.voidReason(), receipt.voidedAt(), completionMark);
        }

        Receipt toDomain() {
            return new Receipt(id, number, communityId, year, sequence, paymentId, payer, unitId, unitNumber, payerName,
                    new Money(amount), PaymentMethod.valueOf(method), reference, chargeIds, Receipt.Source.valueOf(source),
                    sourceId, cashierId, cashierName, receivedAt, completed, voided, voidReason, voidedAt);
        }
    }

    /** Where a community's numbering of a year stands: every sequence up to {@code last} is taken. */
    @Document(COUNTERS)
    record CounterDocument(@Id String id, long last) {
    }

    private final MongoTemplate mongo;

    MongoReceiptStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Receipt issue(Receipt.Draft draft, Instant completeAt) {
        Optional<Receipt> issued = ofPayment(draft.paymentId());
        if (issued.isPresent()) {
            return issued.get();
        }
        String counter = draft.communityId() + "/" + draft.year();
        CounterDocument known = mongo.findById(counter, CounterDocument.class);
        long sequence = known == null ? 1 : known.last() + 1;
        for (int tries = 0; tries < MAX_TRIES; tries++, sequence++) {
            Receipt receipt = draft.numbered(sequence);
            try {
                mongo.insert(ReceiptDocument.of(receipt, DueMarks.of("", completeAt, receipt.id())));
            } catch (DuplicateKeyException taken) {
                // the number is another receipt's — or this payment got its receipt meanwhile
                issued = ofPayment(draft.paymentId());
                if (issued.isPresent()) {
                    return issued.get();
                }
                continue;
            }
            mongo.upsert(Query.query(Criteria.where("_id").is(counter)), new Update().max("last", sequence),
                    CounterDocument.class);
            return receipt;
        }
        throw new IllegalStateException("No free receipt number for " + counter + " after " + MAX_TRIES + " tries");
    }

    @Override
    public Optional<Receipt> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReceiptDocument.class)).map(ReceiptDocument::toDomain);
    }

    @Override
    public Optional<Receipt> ofPayment(String paymentId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("paymentId").is(paymentId)),
                ReceiptDocument.class)).map(ReceiptDocument::toDomain);
    }

    @Override
    public void completed(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("completed", true).unset(MARK),
                ReceiptDocument.class);
    }

    @Override
    public void voided(String id, String reason, Instant at) {
        ReceiptDocument receipt = mongo.findById(id, ReceiptDocument.class);
        if (receipt != null && !receipt.voided()) { // voided once: a retried reversal keeps the first reason and time
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("voided", true).set("voidReason", reason).set("voidedAt", at), ReceiptDocument.class);
        }
    }

    @Override
    public List<Receipt> dueForCompletion(Instant now, int limit) {
        return DueRead.due(mongo, ReceiptDocument.class, MARK, ReceiptDocument::completionMark, now, limit).stream()
                .map(ReceiptDocument::toDomain).toList();
    }

    @Override
    public List<Receipt> ofUnit(String communityId, String unitId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId).and("unitId").is(unitId))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt")).limit(200), ReceiptDocument.class)
                .stream().map(ReceiptDocument::toDomain).toList();
    }
}
