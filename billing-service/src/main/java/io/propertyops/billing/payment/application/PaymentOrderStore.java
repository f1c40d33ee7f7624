package io.propertyops.billing.payment.application;

import io.propertyops.billing.payment.domain.PaymentOrder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where online payment orders are kept, one document per order ({@code _id} = out_trade_no). */
public interface PaymentOrderStore {

    /** Stores a new order (version 1), to be reconciled at {@code reconcileAt}; false when one of its id exists. */
    boolean insert(PaymentOrder order, Instant reconcileAt);

    Optional<PaymentOrder> find(String id);

    /**
     * Replaces the order if it is still at {@code readVersion}, with its next reconciliation at {@code reconcileAt}
     * (null: none, it is settled); whether it was.
     */
    boolean update(PaymentOrder next, long readVersion, Instant reconcileAt);

    /** At most {@code limit} orders whose reconciliation is due at {@code now}, the earliest first. */
    List<PaymentOrder> dueForReconciliation(Instant now, int limit);

    /** A unit's orders (bounded by the community's documents), newest first. */
    List<PaymentOrder> ofUnit(String communityId, String unitId);
}
