package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A member of staff came on duty (上班) or went off duty; auto-dispatch only picks technicians on duty.
 *
 * @param aggregateId the person id
 * @param changedBy   the person id of whoever changed it: the person themselves, or a supervisor
 */
@EventType(value = "propertyops.security.staff-on-duty-changed.v1", topic = Topics.SECURITY)
public record StaffOnDutyChanged(String eventId, String aggregateId, Instant occurredAt, String changedBy,
                                 boolean onDuty) implements SecurityEvent {

    public StaffOnDutyChanged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(changedBy, "changedBy");
    }
}
