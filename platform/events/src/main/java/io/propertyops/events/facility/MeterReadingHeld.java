package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A meter reading (抄表) failed a plausibility rule and is held: it counts for nothing — no consumption, no bill —
 * until a supervisor or the property manager, not the person who read it, approves it with a photo of the meter.
 * For the approvers' notification; the same reading also reports a finding (source {@code METER}).
 *
 * @param aggregateId  the reading id
 * @param meterKind    {@code WATER}, {@code ELECTRICITY}, {@code GAS}, {@code HEAT} or {@code RUNNING_HOURS}
 * @param unitId       the unit the meter measures; null for a common or shared meter
 * @param locationKind where the meter is, as in {@link FindingReported}
 * @param period       the month the reading belongs to, {@code 2026-11}
 * @param value        the reading as read, three decimals (the sum of its registers for a multi-tariff meter)
 * @param consumption  what it would add since the meter's last counted reading, after the multiplier and a
 *                     rollover; null for a first reading
 * @param rules        the rules it failed: {@code negative-delta}, {@code jump}, {@code zero-occupied}
 * @param source       {@code STAFF}, {@code OWNER}, {@code IMPORT} or {@code DEVICE}
 * @param readerId     who read it ({@code device:<id>} for a device); may not approve it
 */
@EventType(value = "propertyops.facility.meter-reading-held.v1", topic = Topics.FACILITY)
public record MeterReadingHeld(String eventId, String aggregateId, Instant occurredAt, String communityId,
                               String meterId, String meterSerial, String meterKind, String unitId,
                               String locationKind, String locationId, String period, Instant readAt,
                               BigDecimal value, BigDecimal consumption, String quantityUnit, List<String> rules,
                               String source, String readerId) implements FacilityEvent {

    public MeterReadingHeld {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(meterId, "meterId");
        requireNonNull(meterSerial, "meterSerial");
        requireNonNull(meterKind, "meterKind");
        requireNonNull(locationKind, "locationKind");
        requireNonNull(locationId, "locationId");
        requireNonNull(period, "period");
        requireNonNull(readAt, "readAt");
        requireNonNull(value, "value");
        requireNonNull(quantityUnit, "quantityUnit");
        requireNonNull(rules, "rules");
        requireNonNull(source, "source");
        requireNonNull(readerId, "readerId");
        rules = List.copyOf(rules);
        value = value.setScale(3, RoundingMode.HALF_UP);
        consumption = consumption == null ? null : consumption.setScale(3, RoundingMode.HALF_UP);
    }
}
