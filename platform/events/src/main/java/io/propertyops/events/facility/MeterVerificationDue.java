package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A meter's statutory verification (检定) expires soon: published once per verification, a set time (30 days by
 * default) before it expires, so the property manager has the meter verified or replaced in time.
 *
 * @param aggregateId  the meter id
 * @param meterKind    {@code WATER}, {@code ELECTRICITY}, {@code GAS}, {@code HEAT} or {@code RUNNING_HOURS}
 * @param unitId       the unit the meter measures; null for a common or shared meter
 * @param locationKind where the meter is, as in {@link FindingReported}
 * @param verifiedOn   the date of the last verification
 * @param expiresOn    the day its verification expires (the last verification plus its interval)
 */
@EventType(value = "propertyops.facility.meter-verification-due.v1", topic = Topics.FACILITY)
public record MeterVerificationDue(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                   String meterSerial, String meterKind, String unitId, String locationKind,
                                   String locationId, String locationName, LocalDate verifiedOn, LocalDate expiresOn)
        implements FacilityEvent {

    public MeterVerificationDue {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(meterSerial, "meterSerial");
        requireNonNull(meterKind, "meterKind");
        requireNonNull(locationKind, "locationKind");
        requireNonNull(locationId, "locationId");
        requireNonNull(verifiedOn, "verifiedOn");
        requireNonNull(expiresOn, "expiresOn");
    }
}
