package io.propertyops.billing.payment.application;

import io.propertyops.billing.payment.domain.PaymentOrder;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reconciliation (对账) of online orders, one replica at a time: an order unpaid some minutes after its creation is
 * asked about at the provider — found by its reconciliation mark, so a run costs the orders due, not all — and applied
 * when it was paid (a lost notification loses no money), expired when its time ran out, or asked again later.
 */
@Component
public class OrderReconciliation extends DueWorkJob<PaymentOrder> {

    private static final Logger log = LoggerFactory.getLogger(OrderReconciliation.class);

    private final PaymentOrderStore orders;
    private final OnlinePayments payments;

    OrderReconciliation(PaymentOrderStore orders, OnlinePayments payments, PaymentProperties properties,
                        MongoTemplate mongo, Clock clock) {
        super("payment-order-reconciliation", properties.jobInterval(), properties.lockAtMostFor(), mongo, clock,
                properties.jobBatch());
        this.orders = orders;
        this.payments = payments;
    }

    @Override
    protected List<PaymentOrder> due(Instant now, int limit) {
        return orders.dueForReconciliation(now, limit);
    }

    @Override
    protected boolean attempt(PaymentOrder order, Instant now) {
        return payments.reconcile(order);
    }

    @Override
    protected void failed(PaymentOrder order, RuntimeException error) {
        log.warn("Reconciling order {} failed; the next run asks again", order.id(), error);
    }
}
