package io.propertyops.ticket.dispatch.application;

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
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.dispatch.domain.AutoDispatch;
import io.propertyops.ticket.dispatch.domain.Technician;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The dispatch roster (派单花名册): each community's technicians with their skills, duty and open work, kept from
 * security-service's events, and the choice of who gets a new work order.
 *
 * <p>The work-order code reports every dispatch and its end through {@link #assigned} and {@link #released}; both
 * are idempotent per technician and work order, so a retried command or redelivered event counts once. A choice
 * and the assignment that follows are two steps: two work orders dispatched at the same moment may both go to the
 * same technician, which the next choices even out.
 */
@Service
public class DispatchRoster {

    private final Roster roster;
    private final Clock clock;

    DispatchRoster(Roster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    /** Whom to dispatch a work order of this category to; empty when it should wait for a dispatcher. */
    public Optional<Technician> choose(String communityId, String category) {
        return AutoDispatch.choose(roster.technicians(communityId), communityId, category);
    }

    /** The technician with this id, while they are an active technician in some community. */
    public Optional<Technician> technician(String id) {
        return roster.technician(id);
    }

    /** The community's technicians, on duty or not, by name. */
    public List<Technician> technicians(String communityId) {
        return roster.technicians(communityId);
    }

    /** Staff see the rosters of their own communities; another community is not found, like its work orders. */
    public List<Technician> rosterOf(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return technicians(communityId);
    }

    /** The work order was dispatched to the technician; from now on it counts as their open work. */
    public void assigned(String technicianId, String workOrderId) {
        roster.assign(technicianId, workOrderId, clock.instant());
    }

    /** The work order no longer counts as the technician's: resolved, declined, transferred or cancelled. */
    public void released(String technicianId, String workOrderId) {
        roster.release(technicianId, workOrderId);
    }

    /** Keeps the roster from one of security-service's events about a person. */
    public void apply(SecurityEvent event) {
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
