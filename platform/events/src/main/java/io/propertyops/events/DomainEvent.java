package io.propertyops.events;

import java.time.Instant;

/**
 * A fact that happened to one aggregate. Implemented by immutable records annotated with
 * {@link EventType} and listed in the {@link EventCatalog}.
 */
public interface DomainEvent {

    /** Unique per event; becomes {@code ce_id} and the key consumers deduplicate on. */
    String eventId();

    /** The aggregate the event belongs to; the Kafka key and {@code ce_subject}. */
    String aggregateId();

    Instant occurredAt();
}
