package io.propertyops.billing.payment.persistence;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.CashierBatchStore;
import io.propertyops.billing.payment.domain.CashierBatch;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.persistence.DueMarks;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Cashiers' batches in {@code cashier_batches}, changed on the version read; an open batch carries its day-end due
 * mark ({@code closeMark}), which the day-end job finds it by.
 */
@Repository
class MongoCashierBatchStore implements CashierBatchStore {

    static final String COLLECTION = "cashier_batches";
    private static final String MARK = "closeMark";

    @Document(COLLECTION)
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
    @CompoundIndex(name = "community_day", def = "{'communityId': 1, 'day': 1}")
    record BatchDocument(@Id String id, String communityId, String cashierId, String cashierName, LocalDate day,
                         int sequence, String state, List<EntryDocument> payments, CancellationDocument cancellation,
                         Instant openedAt, Instant closedAt, long version,
                         @Indexed(unique = true, sparse = true) String closeMark) {

        static BatchDocument of(CashierBatch batch, long version, Instant closeAt) {
            CashierBatch.Cancellation c = batch.cancellation();
            return new BatchDocument(batch.id(), batch.communityId(), batch.cashierId(), batch.cashierName(), batch.day(),
                    batch.sequence(), batch.state().name(), batch.payments().stream().map(EntryDocument::of).toList(),
                    c == null ? null : new CancellationDocument(c.approvalId(), c.requestedBy(), c.reason(),
                            c.requestedAt(), c.approved(), c.decidedBy(), c.decidedAt()),
                    batch.openedAt(), batch.closedAt(), version, closeAt == null ? null : DueMarks.of("", closeAt, batch.id()));
        }

        CashierBatch toDomain() {
            CancellationDocument c = cancellation;
            return new CashierBatch(id, communityId, cashierId, cashierName, day, sequence, CashierBatch.State.valueOf(state),
                    payments == null ? List.of() : payments.stream().map(EntryDocument::toDomain).toList(),
                    c == null ? null : new CashierBatch.Cancellation(c.approvalId(), c.requestedBy(), c.reason(),
                            c.requestedAt(), c.approved(), c.decidedBy(), c.decidedAt()),
                    openedAt, closedAt, version);
        }
    }

    record EntryDocument(String paymentId, String unitId, String method, BigDecimal amount, String receiptNumber,
                         Instant at) {

        static EntryDocument of(CashierBatch.Entry entry) {
            return new EntryDocument(entry.paymentId(), entry.unitId(), entry.method().name(), entry.amount().yuan(),
                    entry.receiptNumber(), entry.at());
        }

        CashierBatch.Entry toDomain() {
            return new CashierBatch.Entry(paymentId, unitId, PaymentMethod.valueOf(method), new Money(amount),
                    receiptNumber, at);
        }
    }

    record CancellationDocument(String approvalId, String requestedBy, String reason, Instant requestedAt,
                                Boolean approved, String decidedBy, Instant decidedAt) {
    }

    private final MongoTemplate mongo;

    MongoCashierBatchStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(CashierBatch batch, Instant closeAt) {
        return Effects.insertOnce(mongo, BatchDocument.of(batch, 1, closeAt));
    }

    @Override
    public Optional<CashierBatch> find(String id) {
        return Optional.ofNullable(mongo.findById(id, BatchDocument.class)).map(BatchDocument::toDomain);
    }

    @Override
    public boolean update(CashierBatch next, long readVersion, Instant closeAt) {
        BatchDocument document = BatchDocument.of(next, readVersion + 1, closeAt);
        org.bson.Document fields = new org.bson.Document();
        mongo.getConverter().write(document, fields);
        Update update = new Update();
        fields.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals("_class")) {
                update.set(field, value);
            }
        });
        for (String optional : List.of(MARK, "cancellation", "closedAt")) {
            if (!fields.containsKey(optional)) {
                update.unset(optional);
            }
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(next.id()).and("version").is(readVersion)),
                update, BatchDocument.class).getMatchedCount() > 0;
    }

    @Override
    public List<CashierBatch> dueForClosing(Instant now, int limit) {
        return DueRead.due(mongo, BatchDocument.class, MARK, BatchDocument::closeMark, now, limit).stream()
                .map(BatchDocument::toDomain).toList();
    }

    @Override
    public List<CashierBatch> ofCommunity(String communityId, LocalDate day) {
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (day != null) {
            criteria = criteria.and("day").is(day);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(500),
                BatchDocument.class).stream().map(BatchDocument::toDomain).toList();
    }
}
