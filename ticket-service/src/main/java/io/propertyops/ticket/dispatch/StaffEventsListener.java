package io.propertyops.ticket.dispatch;

import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.starter.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the roster from security-service's person events. */
@Component
class StaffEventsListener {

    private final RosterRepository roster;

    StaffEventsListener(RosterRepository roster) {
        this.roster = roster;
    }

    // The group's offsets record how far this database's roster has been built, so the group is named after the
    // database: a new store (another deployment, each test context) builds its own roster from the topic's start.
    @KafkaListener(topics = Topics.SECURITY, id = "ticket-roster",
            groupId = "${spring.application.name}-roster-${spring.mongodb.database}")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvents.ofType(record, PersonRegistered.class).ifPresent(roster::register);
        IncomingEvents.ofType(record, PersonUpdated.class).ifPresent(roster::update);
        IncomingEvents.ofType(record, StaffRolesChanged.class).ifPresent(roster::changeRoles);
        IncomingEvents.ofType(record, ResidentBound.class).ifPresent(roster::bind);
        IncomingEvents.ofType(record, ResidentUnbound.class).ifPresent(roster::unbind);
        IncomingEvents.ofType(record, StaffSkillsChanged.class).ifPresent(roster::changeSkills);
        IncomingEvents.ofType(record, StaffOnDutyChanged.class).ifPresent(roster::changeDuty);
        IncomingEvents.ofType(record, PersonDeactivated.class).ifPresent(roster::deactivate);
    }
}
