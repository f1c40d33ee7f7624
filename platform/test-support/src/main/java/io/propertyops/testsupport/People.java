package io.propertyops.testsupport;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * People as security-service announces them, for tests of the services that keep read models of them (ticket's
 * roster, notification's directory). Start from {@link #staff} or {@link #owner}, change what the test is about, and
 * take the event:
 *
 * <pre>{@code
 * PersonRegistered wang = People.staff("王师傅", "TECHNICIAN", "c1").skills("plumbing").at(start).registered();
 * StaffRolesChanged promoted = People.of(wang).at(start.plusSeconds(5)).rolesChanged("SUPERVISOR");
 * }</pre>
 *
 * Every event gets a new random id; a person gets one unless {@link #id} names it.
 */
public record People(String id, String name, String phone, String email, List<String> roles, List<String> communityIds,
                     List<String> unitIds, List<String> skills, boolean onDuty, Instant at) {

    private static final Instant DEFAULT_AT = Instant.parse("2026-11-23T01:00:00Z");

    /** A staff member on duty with one role in one community, no skills, a phone and no email. */
    public static People staff(String name, String role, String communityId) {
        return new People(role.toLowerCase() + "-" + UUID.randomUUID(), name, "13900139000", null, List.of(role),
                List.of(communityId), List.of(), List.of(), true, DEFAULT_AT);
    }

    /** An owner of one unit, with a phone and no email. */
    public static People owner(String name, String communityId, String unitId) {
        return new People("owner-" + UUID.randomUUID(), name, "13800138000", null, List.of("OWNER"), List.of(communityId),
                List.of(unitId), List.of(), false, DEFAULT_AT);
    }

    /** The person a registration announced, to announce what happens to them next. */
    public static People of(PersonRegistered registered) {
        return new People(registered.aggregateId(), registered.name(), registered.phone(), registered.email(),
                registered.roles(), registered.communityIds(), registered.unitIds(), registered.skills(),
                Boolean.TRUE.equals(registered.onDuty()), registered.occurredAt());
    }

    public People id(String id) {
        return new People(id, name, phone, email, roles, communityIds, unitIds, skills, onDuty, at);
    }

    public People phone(String phone) {
        return new People(id, name, phone, email, roles, communityIds, unitIds, skills, onDuty, at);
    }

    public People email(String email) {
        return new People(id, name, phone, email, roles, communityIds, unitIds, skills, onDuty, at);
    }

    public People roles(String... roles) {
        return new People(id, name, phone, email, List.of(roles), communityIds, unitIds, skills, onDuty, at);
    }

    public People communities(String... communityIds) {
        return new People(id, name, phone, email, roles, List.of(communityIds), unitIds, skills, onDuty, at);
    }

    public People units(String... unitIds) {
        return new People(id, name, phone, email, roles, communityIds, List.of(unitIds), skills, onDuty, at);
    }

    public People skills(String... skills) {
        return new People(id, name, phone, email, roles, communityIds, unitIds, List.of(skills), onDuty, at);
    }

    public People onDuty(boolean onDuty) {
        return new People(id, name, phone, email, roles, communityIds, unitIds, skills, onDuty, at);
    }

    /** When the next event happened. */
    public People at(Instant at) {
        return new People(id, name, phone, email, roles, communityIds, unitIds, skills, onDuty, at);
    }

    public PersonRegistered registered() {
        return new PersonRegistered(eventId(), id, at, name, phone, email, roles, communityIds, unitIds, skills, onDuty);
    }

    public PersonUpdated updated() {
        return new PersonUpdated(eventId(), id, at, name, phone, email);
    }

    public StaffRolesChanged rolesChanged(String... roles) {
        return new StaffRolesChanged(eventId(), id, at, "manager-1", List.of(roles), communityIds);
    }

    public StaffSkillsChanged skillsChanged(String... skills) {
        return new StaffSkillsChanged(eventId(), id, at, "manager-1", List.of(skills));
    }

    public StaffOnDutyChanged onDutyChanged(boolean onDuty) {
        return new StaffOnDutyChanged(eventId(), id, at, id, onDuty);
    }

    public PersonDeactivated deactivated(String reason) {
        return new PersonDeactivated(eventId(), id, at, "manager-1", reason);
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }
}
