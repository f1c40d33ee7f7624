package io.propertyops.ticket.dispatch.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.security.SecurityEvent;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.ticket.dispatch.application.DispatchRoster;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the roster from security-service's person events. */
@Component
class StaffEventsListener {

    private final DispatchRoster roster;
    private final EventBatches batches;

    StaffEventsListener(DispatchRoster roster, EventBatches batches) {
        this.roster = roster;
        this.batches = batches;
    }

    // The group's offsets record how far this database's roster has been built, so the group is named after the
    // database: a new store (another deployment, each test context) builds its own roster from the topic's start.
    @KafkaListener(topics = Topics.SECURITY, id = "ticket-roster",
            groupId = "${spring.application.name}-roster-${spring.mongodb.database}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, incoming -> {
            if (incoming.event() instanceof SecurityEvent event) {
                roster.apply(event);
            }
        });
    }
}
