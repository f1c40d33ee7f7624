package io.propertyops.notification.reminder.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A message owed to one person at a time unless something happens first — or to the owners and residents of the
 * event's unit ({@link #RESIDENTS}), found when it is due. Its id is the triggering event, the row's kind, the time
 * and the person (or {@code RESIDENTS}), so an event delivered twice schedules it once.
 *
 * @param recipientId the person, or {@link #RESIDENTS}
 * @param triggeredAt when the triggering event happened: only later events of {@code unless} cancel it
 * @param data        the triggering event's data, which the message is written from when it is due
 * @param settledBy   the event that cancelled it, when one did
 */
public record Reminder(String id, String triggerEventId, String triggerType, String kind, String subjectType,
                       String subjectId, String recipientId, Instant triggeredAt, Instant dueAt, List<String> unless,
                       String data, Status status, Instant settledAt, String settledBy) {

    /** How long a sender's claim on a reminder holds before another run takes it over (the sender died). */
    public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(5);

    public enum Status {
        SCHEDULED,
        /**
         * Claimed by a sender (since {@code settledAt}): a cancelling event no longer stops it, so a reminder that
         * reached the inbox is never recorded as cancelled. A claim older than {@link #CLAIM_TIMEOUT} (a sender that
         * died) is taken over by the next run.
         */
        SENDING,
        SENT,
        /** An event of {@code unless} happened to the subject after the trigger. */
        CANCELLED,
        /** Its time had passed when the trigger was processed. */
        MISSED
    }

    /**
     * The recipient of a reminder to a unit's owners and residents: who they are is read when it is due, so that
     * whoever moved out since the bill was issued is not told of it and whoever moved in is.
     */
    public static final String RESIDENTS = "RESIDENTS";

    /** Whether it is for the residents of the event's unit, found when it is due, rather than for one person. */
    public boolean toResidents() {
        return RESIDENTS.equals(recipientId);
    }

    public static String idOf(String triggerEventId, String kind, String at, String recipientId) {
        return triggerEventId + "/" + kind + "/" + at + "/" + recipientId;
    }
}
