package io.propertyops.ticket.dispatch;

import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.SecurityEvent;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.starter.messaging.EventBatches;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the roster from security-service's person events. */
@Component
class StaffEventsListener {

    private final RosterRepository roster;
    private final EventBatches batches;

    StaffEventsListener(RosterRepository roster, EventBatches batches) {
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
                apply(event);
            }
        });
    }

    private void apply(SecurityEvent event) {
        switch (event) {
            case PersonRegistered registered -> roster.register(registered);
            case PersonUpdated updated -> roster.update(updated);
            case StaffRolesChanged changed -> roster.changeRoles(changed);
            case ResidentBound bound -> roster.bind(bound);
            case ResidentUnbound unbound -> roster.unbind(unbound);
            case StaffSkillsChanged changed -> roster.changeSkills(changed);
            case StaffOnDutyChanged changed -> roster.changeDuty(changed);
            case PersonDeactivated deactivated -> roster.deactivate(deactivated);
            case SmsCodeRequested ignored -> { }
        }
    }
}
