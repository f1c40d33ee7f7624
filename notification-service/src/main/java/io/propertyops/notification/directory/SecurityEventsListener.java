package io.propertyops.notification.directory;

import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.starter.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the recipient directory from security-service's person events: registrations, contact and role changes, unit bindings and deactivations. */
@Component
class SecurityEventsListener {

    private final RecipientDirectory directory;

    SecurityEventsListener(RecipientDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.SECURITY, id = "notification-directory")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, PersonRegistered.class).ifPresent(directory::register);
        IncomingEvents.ofType(record, PersonUpdated.class).ifPresent(directory::update);
        IncomingEvents.ofType(record, ResidentBound.class).ifPresent(directory::bind);
        IncomingEvents.ofType(record, ResidentUnbound.class).ifPresent(directory::unbind);
        IncomingEvents.ofType(record, StaffRolesChanged.class).ifPresent(directory::changeRoles);
        IncomingEvents.ofType(record, PersonDeactivated.class).ifPresent(directory::deactivate);
    }
}
