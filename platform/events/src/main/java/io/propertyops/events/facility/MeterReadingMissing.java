package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's own meters that owners read have no reading of the month yet, a set time (2 days by default) before the
 * community's reporting window closes: for a reminder to the unit's owners and residents. Published once per unit
 * and month (its event id is derived from them), and only for the meters still unread then — a meter read by its
 * device, on a staff round, by an import or by the owner is not listed.
 *
 * @param aggregateId the unit id
 * @param month       the month the readings belong to, {@code 2026-11}
 * @param closesOn    the window's last day, in the estates' calendar
 * @param meters      the unread meters, at least one
 */
@EventType(value = "propertyops.facility.meter-reading-missing.v1", topic = Topics.FACILITY)
public record MeterReadingMissing(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                  String unitId, String month, LocalDate closesOn, List<Meter> meters)
        implements FacilityEvent {

    public MeterReadingMissing {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(unitId, "unitId");
        requireNonNull(month, "month");
        requireNonNull(closesOn, "closesOn");
        requireNonNull(meters, "meters");
        meters = List.copyOf(meters);
    }

    /**
     * An unread meter.
     *
     * @param meterKind {@code WATER}, {@code ELECTRICITY}, {@code GAS} or {@code HEAT}
     * @param meterSerial the number on the meter (表号) the owner finds it by
     */
    public record Meter(String meterId, String meterKind, String meterSerial) {

        public Meter {
            requireNonNull(meterId, "meterId");
            requireNonNull(meterKind, "meterKind");
            requireNonNull(meterSerial, "meterSerial");
        }
    }
}
