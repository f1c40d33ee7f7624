package io.propertyops.notification.directory;

import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.starter.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the recipient directory from security-service's person events: registrations and deactivations. */
@Component
class SecurityEventsListener {

    private final RecipientDirectory directory;

    SecurityEventsListener(RecipientDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.SECURITY, id = "notification-directory")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, PersonRegistered.class).ifPresent(directory::register);
        IncomingEvents.ofType(record, PersonDeactivated.class).ifPresent(directory::deactivate);
    }
}
