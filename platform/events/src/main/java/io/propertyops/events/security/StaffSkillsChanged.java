package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A technician's trades changed; dispatch matches work orders on them.
 *
 * @param aggregateId the person id
 * @param changedBy   the person id of whoever changed them
 * @param skills      all the person's skills now, e.g. {@code plumbing}
 */
@EventType(value = "propertyops.security.staff-skills-changed.v1", topic = Topics.SECURITY)
public record StaffSkillsChanged(String eventId, String aggregateId, Instant occurredAt, String changedBy,
                                 List<String> skills) implements SecurityEvent {

    public StaffSkillsChanged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(changedBy, "changedBy");
        skills = List.copyOf(requireNonNull(skills, "skills"));
    }
}
