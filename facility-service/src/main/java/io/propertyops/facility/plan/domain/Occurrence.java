package io.propertyops.facility.plan.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of a plan: its day on the community's calendar and its window.
 *
 * @param trigger CALENDAR when the schedule made it due, METER when the meter did
 */
public record Occurrence(LocalDate date, Trigger trigger, Instant windowStart, Instant windowEnd) {

    public enum Trigger { CALENDAR, METER }
}
