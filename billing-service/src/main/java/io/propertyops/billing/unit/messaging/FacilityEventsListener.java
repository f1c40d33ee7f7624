package io.propertyops.billing.unit.messaging;

import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.events.Topics;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.starter.messaging.EventBatches;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps the units' areas from facility-service's unit snapshots; every other facility event is not billing's. */
@Component
class FacilityEventsListener {

    private final UnitAreas units;
    private final EventBatches batches;

    FacilityEventsListener(UnitAreas units, EventBatches batches) {
        this.units = units;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.FACILITY, id = "billing-units")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, incoming -> {
            if (incoming.event() instanceof UnitChanged changed) {
                units.apply(changed);
            }
        });
    }
}
