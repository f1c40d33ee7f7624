package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A person's contact details changed: name, phone or email. Read models replace all three.
 *
 * @param aggregateId the person id
 * @param phone       may be null
 * @param email       may be null
 */
@EventType(value = "propertyops.security.person-updated.v1", topic = Topics.SECURITY)
public record PersonUpdated(String eventId, String aggregateId, Instant occurredAt, String name, String phone,
                            String email) implements SecurityEvent {

    public PersonUpdated {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(name, "name");
    }
}
