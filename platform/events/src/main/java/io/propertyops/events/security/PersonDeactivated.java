package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A person's access was ended (注销/停用): they get no new tokens, their refresh tokens no longer work, and
 * the access tokens they hold expire within their lifetime. Read models drop them from rosters and
 * directories.
 *
 * @param aggregateId   the person id
 * @param deactivatedBy the person id of the staff member who did it
 * @param reason        why, in words, for the audit trail
 */
@EventType(value = "propertyops.security.person-deactivated.v1", topic = Topics.SECURITY)
public record PersonDeactivated(String eventId, String aggregateId, Instant occurredAt, String deactivatedBy,
                                String reason) implements SecurityEvent {

    public PersonDeactivated {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(deactivatedBy, "deactivatedBy");
        requireNonNull(reason, "reason");
    }
}
