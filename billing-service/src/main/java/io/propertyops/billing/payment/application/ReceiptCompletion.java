package io.propertyops.billing.payment.application;

import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Completes payments whose posting was cut short after their receipt was issued (a crash, a lost connection): the
 * receipt carries what posting needs, so the payment is posted, its order marked paid or its batch given it — each
 * step idempotent — and the receipt stops waiting. Every receipt waits a minute at most.
 */
@Component
public class ReceiptCompletion extends DueWorkJob<Receipt> {

    private static final Logger log = LoggerFactory.getLogger(ReceiptCompletion.class);

    private final ReceiptStore receipts;
    private final OnlinePayments online;
    private final CashierDesk desk;

    ReceiptCompletion(ReceiptStore receipts, OnlinePayments online, CashierDesk desk, PaymentProperties properties,
                      MongoTemplate mongo, Clock clock) {
        super("receipt-completion", properties.jobInterval(), properties.lockAtMostFor(), mongo, clock,
                properties.jobBatch());
        this.receipts = receipts;
        this.online = online;
        this.desk = desk;
    }

    @Override
    protected List<Receipt> due(Instant now, int limit) {
        return receipts.dueForCompletion(now, limit);
    }

    @Override
    protected boolean attempt(Receipt receipt, Instant now) {
        switch (receipt.source()) {
            case ORDER -> online.complete(receipt);
            case DESK -> desk.complete(receipt);
        }
        return true;
    }

    @Override
    protected void failed(Receipt receipt, RuntimeException error) {
        log.warn("Completing the payment of receipt {} failed; the next run tries again", receipt.number(), error);
    }
}
