package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A person's binding to a unit ended: they moved out, sold it, or staff revoked it. Their new tokens no longer
 * carry the unit. Carries the person's whole access after the change.
 *
 * @param aggregateId  the person id
 * @param endedBy      the person id of whoever ended it: the person themselves or staff
 * @param roles        all the person's roles now
 * @param communityIds all the person's communities now
 * @param unitIds      all the person's bound units now
 */
@EventType(value = "propertyops.security.resident-unbound.v1", topic = Topics.SECURITY)
public record ResidentUnbound(String eventId, String aggregateId, Instant occurredAt, String bindingId,
                              String unitId, String communityId, String relation, String endedBy, String reason,
                              List<String> roles, List<String> communityIds, List<String> unitIds)
        implements SecurityEvent {

    public ResidentUnbound {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(bindingId, "bindingId");
        requireNonNull(unitId, "unitId");
        requireNonNull(communityId, "communityId");
        requireNonNull(relation, "relation");
        requireNonNull(endedBy, "endedBy");
        requireNonNull(reason, "reason");
        roles = List.copyOf(requireNonNull(roles, "roles"));
        communityIds = List.copyOf(requireNonNull(communityIds, "communityIds"));
        unitIds = List.copyOf(requireNonNull(unitIds, "unitIds"));
    }
}
