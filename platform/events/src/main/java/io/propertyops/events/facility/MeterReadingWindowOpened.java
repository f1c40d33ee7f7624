package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A community's meter-reading window (业主自报抄表期) opened for the month: owners may report their units' meters in
 * the app from {@code opensOn} to {@code closesOn}. Published once per community and month, on the window's first
 * day (or the first day facility-service runs within it); its event id is derived from the community and the month.
 *
 * @param aggregateId the community id
 * @param month       the month the readings belong to, {@code 2026-11}
 * @param opensOn     the window's first day, in the estates' calendar
 * @param closesOn    its last day (the window's last day, or the month's when the month is shorter)
 */
@EventType(value = "propertyops.facility.meter-reading-window-opened.v1", topic = Topics.FACILITY)
public record MeterReadingWindowOpened(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                       String month, LocalDate opensOn, LocalDate closesOn) implements FacilityEvent {

    public MeterReadingWindowOpened {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(month, "month");
        requireNonNull(opensOn, "opensOn");
        requireNonNull(closesOn, "closesOn");
    }
}
