package io.propertyops.notification.reminder.application;

import io.propertyops.notification.reminder.domain.CancellingEvent;
import io.propertyops.notification.reminder.domain.Reminder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The reminders, unique on event, kind, time and person, and the cancelling events kept for late triggers. */
public interface ReminderStore {

    /** @return whether it was new */
    boolean insertOnce(Reminder reminder);

    List<Reminder> scheduledBy(String triggerEventId);

    /** @return whether it was new */
    boolean keep(CancellingEvent event);

    /** The earliest kept event of these types that happened to the subject after {@code after}. */
    Optional<CancellingEvent> firstAnswer(String subjectId, List<String> types, Instant after);

    /** Cancels the reminder, if still scheduled. @return how many (0 or 1) */
    long cancel(String reminderId, CancellingEvent by);

    /** Cancels the scheduled reminders of the event's subject it names under {@code unless}, triggered before it. @return how many */
    long cancelTriggeredBefore(CancellingEvent by);

    /** Scheduled, or claimed longer than {@link Reminder#CLAIM_TIMEOUT} ago, and due at {@code now}: the earliest first. */
    List<Reminder> due(Instant now, int limit);

    /** Takes a due reminder for sending, unless it was cancelled or another sender took it since it was read. */
    boolean claim(String id, Instant now);

    /** Settles a claimed reminder. */
    void settle(String id, Reminder.Status status, Instant at, String by);
}
