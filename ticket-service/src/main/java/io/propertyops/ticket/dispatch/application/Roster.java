package io.propertyops.ticket.dispatch.application;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.ticket.dispatch.domain.Technician;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The roster read model (port): everyone security-service announces, kept from its person events (the newest event
 * of a person wins, a redelivered older one changes nothing), with the work dispatched to each technician.
 */
public interface Roster {

    void register(PersonRegistered event);

    void update(PersonUpdated event);

    void changeRoles(StaffRolesChanged event);

    void bind(ResidentBound event);

    void unbind(ResidentUnbound event);

    void changeSkills(StaffSkillsChanged event);

    void changeDuty(StaffOnDutyChanged event);

    void deactivate(PersonDeactivated event);

    /** Counts the work once however often it is reported. */
    void assign(String technicianId, String workOrderId, Instant at);

    void release(String technicianId, String workOrderId);

    /** The community's technicians, on duty or not, by name. */
    List<Technician> technicians(String communityId);

    /** The technician with this id, while they are an active technician in some community. */
    Optional<Technician> technician(String id);
}
