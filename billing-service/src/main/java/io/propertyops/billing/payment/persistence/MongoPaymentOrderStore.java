package io.propertyops.billing.payment.persistence;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.PaymentOrderStore;
import io.propertyops.billing.payment.domain.PaymentOrder;
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
import java.util.List;
import java.util.Optional;

/**
 * Payment orders in {@code payment_orders}, {@code _id} the out_trade_no. An order still to be reconciled carries its
 * due mark ({@code reconcileMark}, sparse and unique) so that the reconciliation job reads only those; every change is
 * matched on the version read ({@code {_id, version}}, unique).
 */
@Repository
class MongoPaymentOrderStore implements PaymentOrderStore {

    static final String COLLECTION = "payment_orders";
    private static final String MARK = "reconcileMark";

    @Document(COLLECTION)
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
    @CompoundIndex(name = "community_unit", def = "{'communityId': 1, 'unitId': 1}")
    record OrderDocument(@Id String id, String communityId, String unitId, String ownerId, String ownerName,
                         String provider, BigDecimal amount, List<String> chargeIds, String description, String codeUrl,
                         Instant createdAt, Instant expiresAt, String state, String transactionId, Instant paidAt,
                         long version, @Indexed(unique = true, sparse = true) String reconcileMark) {

        static OrderDocument of(PaymentOrder order, long version, Instant reconcileAt) {
            return new OrderDocument(order.id(), order.communityId(), order.unitId(), order.ownerId(), order.ownerName(),
                    order.provider().name(), order.amount().yuan(), order.chargeIds(), order.description(),
                    order.codeUrl(), order.createdAt(), order.expiresAt(), order.state().name(), order.transactionId(),
                    order.paidAt(), version, reconcileAt == null ? null : DueMarks.of("", reconcileAt, order.id()));
        }

        PaymentOrder toDomain() {
            return new PaymentOrder(id, communityId, unitId, ownerId, ownerName, PaymentMethod.valueOf(provider),
                    new Money(amount), chargeIds, description, codeUrl, createdAt, expiresAt,
                    PaymentOrder.State.valueOf(state), transactionId, paidAt, version);
        }
    }

    private final MongoTemplate mongo;

    MongoPaymentOrderStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(PaymentOrder order, Instant reconcileAt) {
        return Effects.insertOnce(mongo, OrderDocument.of(order, 1, reconcileAt));
    }

    @Override
    public Optional<PaymentOrder> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OrderDocument.class)).map(OrderDocument::toDomain);
    }

    @Override
    public boolean update(PaymentOrder next, long readVersion, Instant reconcileAt) {
        OrderDocument document = OrderDocument.of(next, readVersion + 1, reconcileAt);
        Update update = new Update().set("codeUrl", document.codeUrl()).set("state", document.state())
                .set("transactionId", document.transactionId()).set("paidAt", document.paidAt())
                .set("version", document.version());
        if (document.reconcileMark() == null) {
            update.unset(MARK);
        } else {
            update.set(MARK, document.reconcileMark());
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(next.id()).and("version").is(readVersion)),
                update, OrderDocument.class).getMatchedCount() > 0;
    }

    @Override
    public List<PaymentOrder> dueForReconciliation(Instant now, int limit) {
        return DueRead.due(mongo, OrderDocument.class, MARK, OrderDocument::reconcileMark, now, limit).stream()
                .map(OrderDocument::toDomain).toList();
    }

    @Override
    public List<PaymentOrder> ofUnit(String communityId, String unitId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId).and("unitId").is(unitId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(100), OrderDocument.class)
                .stream().map(OrderDocument::toDomain).toList();
    }
}
