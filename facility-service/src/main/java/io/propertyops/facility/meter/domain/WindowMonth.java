package io.propertyops.facility.meter.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A community's reporting window in one month (本月业主自报期): it opens at the start of {@code opensOn} and closes at
 * the end of {@code closesOn}, in the estates' calendar. Owners are told when it opens, and the owners of units whose
 * meters are still unread are reminded a lead time before it closes.
 */
public record WindowMonth(String communityId, YearMonth month, LocalDate opensOn, LocalDate closesOn) {

    public WindowMonth {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(closesOn, "closesOn");
    }

    public Instant opensAt(ZoneId zone) {
        return opensOn.atStartOfDay(zone).toInstant();
    }

    public Instant closesAt(ZoneId zone) {
        return closesOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** When the unread meters are reminded of: {@code lead} before it closes, but not before it opens. */
    public Instant remindAt(ZoneId zone, Duration lead) {
        Instant remindAt = closesAt(zone).minus(lead);
        return remindAt.isBefore(opensAt(zone)) ? opensAt(zone) : remindAt;
    }

    public boolean isOpenAt(Instant at, ZoneId zone) {
        return !at.isBefore(opensAt(zone)) && at.isBefore(closesAt(zone));
    }

    /** The id of the notice of its opening: one per community and month. */
    public String id() {
        return communityId + ":" + month;
    }

    /** The id of the event telling it opened: the same for the same community and month, however often it is told. */
    public String openedEventId() {
        return derivedId("meter-reading-window-opened:" + id());
    }

    /** The id of the reminder of a unit's unread meters this month: one per unit and month. */
    public String reminderId(String unitId) {
        return unitId + ":" + month;
    }

    /** The id of the event reminding a unit's owners: the same for the same unit and month. */
    public String reminderEventId(String unitId) {
        return derivedId("meter-reading-missing:" + reminderId(unitId));
    }

    private static String derivedId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
