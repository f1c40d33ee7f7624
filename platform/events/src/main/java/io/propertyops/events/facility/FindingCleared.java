package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * What raised a finding is gone by itself — a device reported its alarm cleared. Recorded on the finding and on the
 * work order it went to; the work order stays open until someone checks and closes it.
 *
 * @param aggregateId  the finding id
 * @param locationKind where, as in {@link FindingReported}
 * @param equipmentId  the equipment concerned; null for a place
 * @param note         how it cleared, e.g. the device's clear code
 */
@EventType(value = "propertyops.facility.finding-cleared.v1", topic = Topics.FACILITY)
public record FindingCleared(String eventId, String aggregateId, Instant occurredAt, String communityId,
                             String locationKind, String locationId, String equipmentId, String faultType,
                             String note) implements FacilityEvent {

    public FindingCleared {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(locationKind, "locationKind");
        requireNonNull(locationId, "locationId");
        requireNonNull(faultType, "faultType");
    }
}
