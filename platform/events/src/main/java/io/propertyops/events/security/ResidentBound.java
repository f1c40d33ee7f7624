package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A person was bound to a unit (房屋绑定) as its owner, a family member or a tenant, after customer service
 * verified the request. From now on their tokens carry the unit. Carries the person's whole access after the
 * change, so a read model replaces what it kept.
 *
 * @param aggregateId  the person id
 * @param bindingId    the binding, for unbinding later
 * @param relation     {@code OWNER} (业主), {@code FAMILY} (家属) or {@code TENANT} (租户)
 * @param verifiedBy   the person id of the staff member who verified it
 * @param verification how: {@code OWNER_PHONE}, {@code DOCUMENTS} or {@code SEEDED}
 * @param roles        all the person's roles now
 * @param communityIds all the person's communities now
 * @param unitIds      all the person's bound units now
 */
@EventType(value = "propertyops.security.resident-bound.v1", topic = Topics.SECURITY)
public record ResidentBound(String eventId, String aggregateId, Instant occurredAt, String bindingId, String unitId,
                            String communityId, String relation, String verifiedBy, String verification,
                            List<String> roles, List<String> communityIds, List<String> unitIds)
        implements SecurityEvent {

    public ResidentBound {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(bindingId, "bindingId");
        requireNonNull(unitId, "unitId");
        requireNonNull(communityId, "communityId");
        requireNonNull(relation, "relation");
        requireNonNull(verifiedBy, "verifiedBy");
        requireNonNull(verification, "verification");
        roles = List.copyOf(requireNonNull(roles, "roles"));
        communityIds = List.copyOf(requireNonNull(communityIds, "communityIds"));
        unitIds = List.copyOf(requireNonNull(unitIds, "unitIds"));
    }
}
