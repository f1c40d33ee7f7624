package io.propertyops.notification.reminder;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message owed to one person at a time unless something happens first. Its id is the triggering event, the
 * row's kind, the time and the person, so an event delivered twice schedules it once.
 *
 * @param triggeredAt when the triggering event happened: only later events of {@code unless} cancel it
 * @param data        the triggering event's data, which the message is written from when it is due
 * @param settledBy   the event that cancelled it, when one did
 */
@Document("reminders")
@CompoundIndex(name = "due", def = "{'status': 1, 'dueAt': 1}")
@CompoundIndex(name = "open_by_subject", def = "{'subjectId': 1, 'status': 1}")
// trivially unique (_id is): the embedded store finds "this reminder, if still scheduled" from an index
@CompoundIndex(name = "id_status", def = "{'_id': 1, 'status': 1}", unique = true)
record Reminder(@Id String id, String triggerEventId, String triggerType, String kind, String subjectType,
                String subjectId, String recipientId, Instant triggeredAt, Instant dueAt, List<String> unless,
                String data, Status status, Instant settledAt, String settledBy) {

    enum Status {
        SCHEDULED,
        /**
         * Claimed by a sender (since {@code settledAt}): a cancelling event no longer stops it, so a reminder that
         * reached the inbox is never recorded as cancelled. A claim older than {@link Reminders#CLAIM_TIMEOUT} (a
         * sender that died) is taken over by the next run.
         */
        SENDING,
        SENT,
        /** An event of {@code unless} happened to the subject after the trigger. */
        CANCELLED,
        /** Its time had passed when the trigger was processed. */
        MISSED
    }

    static String idOf(String triggerEventId, String kind, String at, String recipientId) {
        return triggerEventId + "/" + kind + "/" + at + "/" + recipientId;
    }
}
