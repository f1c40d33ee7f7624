package io.propertyops.notification.directory;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.starter.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the communities' structures (buildings and their units) from facility-service's events. */
@Component
class FacilityEventsListener {

    private final CommunityStructures structures;

    FacilityEventsListener(CommunityStructures structures) {
        this.structures = structures;
    }

    @KafkaListener(topics = Topics.FACILITY, id = "notification-estate")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, CommunityStructureChanged.class).ifPresent(structures::apply);
    }
}
