package io.propertyops.billing.unit.messaging;

import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.events.Topics;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the units' areas from facility-service's unit snapshots; every other facility event is not billing's. A batch
 * at a time, as an estate import publishes its units in a burst: the batch's snapshots are kept in one read and one
 * bulk write ({@link UnitAreas#applyAll}), the newest of each unit winning; handled again — redelivered, or record by
 * record after a failure — it changes nothing.
 */
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
        batches.handle(records, batch -> units.applyAll(batch.stream().map(Incoming::event)
                .filter(UnitChanged.class::isInstance).map(UnitChanged.class::cast).toList()));
    }
}
