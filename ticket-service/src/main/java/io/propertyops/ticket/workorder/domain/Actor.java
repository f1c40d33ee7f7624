package io.propertyops.ticket.workorder.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who asks a work order to change: a person or integration with their roles, or the platform itself. Which roles
 * may call an action is checked before the aggregate; the aggregate checks who this person is to the work order
 * (its reporter, its assignee, its accountable agent).
 */
public record Actor(String id, Set<String> roles) {

    public static final Actor SYSTEM = new Actor("system", Set.of("SYSTEM"));

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    boolean supervises() {
        return roles.contains("SUPERVISOR") || roles.contains("PROPERTY_MANAGER") || roles.contains("ADMIN");
    }

    boolean isStaff() {
        return roles.stream().anyMatch(role -> !role.equals("OWNER") && !role.equals("RESIDENT"));
    }
}
