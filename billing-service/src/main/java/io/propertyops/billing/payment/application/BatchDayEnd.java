package io.propertyops.billing.payment.application;

import io.propertyops.billing.payment.domain.CashierBatch;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Closes the cashiers' batches still open when their day has ended (日结), found by their closing mark. */
@Component
public class BatchDayEnd extends DueWorkJob<CashierBatch> {

    private final CashierDesk desk;

    BatchDayEnd(CashierDesk desk, PaymentProperties properties, MongoTemplate mongo, Clock clock) {
        super("cashier-batch-day-end", properties.jobInterval(), properties.lockAtMostFor(), mongo, clock,
                properties.jobBatch());
        this.desk = desk;
    }

    @Override
    protected List<CashierBatch> due(Instant now, int limit) {
        return desk.dueForClosing(now, limit);
    }

    @Override
    protected boolean attempt(CashierBatch batch, Instant now) {
        return desk.closeAtDayEnd(batch);
    }
}
