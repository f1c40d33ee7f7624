package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A person was registered with the platform: an owner (业主), resident, or member of staff such as
 * customer service (客服) or a technician (维修). Carries what other services keep in their read
 * models (recipient directory, dispatch roster), so none of them has to call security-service.
 *
 * @param aggregateId  the person id, the same as the user id in their tokens
 * @param phone        may be null
 * @param email        may be null
 * @param roles        e.g. {@code OWNER}, {@code TECHNICIAN}; allowed values are in the schema
 * @param communityIds the communities the person belongs to or works in; may be empty
 * @param unitIds      the units an owner or resident is bound to; empty for staff
 * @param skills       trades a technician can be dispatched for, e.g. {@code plumbing}; may be empty
 * @param onDuty       whether a member of staff is on duty (上班) now; false for owners and residents, and when an
 *                     earlier producer left it out
 */
@EventType(value = "propertyops.security.person-registered.v1", topic = Topics.SECURITY)
public record PersonRegistered(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String name,
        String phone,
        String email,
        List<String> roles,
        List<String> communityIds,
        List<String> unitIds,
        List<String> skills,
        Boolean onDuty) implements SecurityEvent {

    public PersonRegistered {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(name, "name");
        roles = List.copyOf(requireNonNull(roles, "roles"));
        communityIds = List.copyOf(requireNonNull(communityIds, "communityIds"));
        unitIds = List.copyOf(requireNonNull(unitIds, "unitIds"));
        skills = List.copyOf(requireNonNull(skills, "skills"));
        onDuty = Boolean.TRUE.equals(onDuty);
    }
}
