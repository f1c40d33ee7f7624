package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A member of staff was given other roles or communities. Carries the person's whole access after the change,
 * so a read model replaces what it kept rather than applying a difference.
 *
 * @param aggregateId  the person id
 * @param changedBy    the person id of whoever changed it
 * @param roles        all the person's roles now, including those that come from unit bindings
 * @param communityIds all the communities the person now works in or lives in
 */
@EventType(value = "propertyops.security.staff-roles-changed.v1", topic = Topics.SECURITY)
public record StaffRolesChanged(String eventId, String aggregateId, Instant occurredAt, String changedBy,
                                List<String> roles, List<String> communityIds) implements SecurityEvent {

    public StaffRolesChanged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(changedBy, "changedBy");
        roles = List.copyOf(requireNonNull(roles, "roles"));
        communityIds = List.copyOf(requireNonNull(communityIds, "communityIds"));
    }
}
