package io.propertyops.billing.fee.messaging;

import io.propertyops.billing.fee.application.Consumptions;
import io.propertyops.events.Topics;
import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the units' approved consumption from facility-service's month closes, a batch at a time (a close publishes
 * one event per unit and kind); every other facility event is someone else's.
 */
@Component
class ConsumptionListener {

    private final Consumptions consumptions;
    private final EventBatches batches;

    ConsumptionListener(Consumptions consumptions, EventBatches batches) {
        this.consumptions = consumptions;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.FACILITY, id = "billing-consumption")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, batch -> {
            List<ConsumptionApproved> approved = batch.stream().map(Incoming::event)
                    .filter(ConsumptionApproved.class::isInstance).map(ConsumptionApproved.class::cast).toList();
            if (!approved.isEmpty()) {
                consumptions.apply(approved);
            }
        });
    }
}
