package io.propertyops.notification.directory.messaging;

import io.propertyops.events.Topics;
import io.propertyops.notification.directory.application.CommunityStructures;
import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.starter.messaging.EventBatches;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the communities' structures (buildings and their units) from facility-service's events. */
@Component
class FacilityEventsListener {

    private final CommunityStructures structures;
    private final EventBatches batches;

    FacilityEventsListener(CommunityStructures structures, EventBatches batches) {
        this.structures = structures;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.FACILITY, id = "notification-estate")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, incoming -> {
            if (incoming.event() instanceof CommunityStructureChanged changed) {
                structures.apply(changed);
            }
        });
    }
}
