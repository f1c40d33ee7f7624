package io.propertyops.notification.directory.messaging;

import io.propertyops.events.Topics;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.SecurityEvent;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.starter.messaging.EventBatches;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the recipient directory from security-service's person events: registrations, contact and role changes, unit bindings and deactivations. */
@Component
class SecurityEventsListener {

    private final RecipientDirectory directory;
    private final EventBatches batches;

    SecurityEventsListener(RecipientDirectory directory, EventBatches batches) {
        this.directory = directory;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.SECURITY, id = "notification-directory")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, incoming -> {
            if (incoming.event() instanceof SecurityEvent event) {
                apply(event);
            }
        });
    }

    private void apply(SecurityEvent event) {
        switch (event) {
            case PersonRegistered registered -> directory.register(registered);
            case PersonUpdated updated -> directory.update(updated);
            case ResidentBound bound -> directory.bind(bound);
            case ResidentUnbound unbound -> directory.unbind(unbound);
            case StaffRolesChanged changed -> directory.changeRoles(changed);
            case PersonDeactivated deactivated -> directory.deactivate(deactivated);
            case StaffSkillsChanged ignored -> { }
            case StaffOnDutyChanged ignored -> { }
            case SmsCodeRequested ignored -> { }
        }
    }
}
