package io.propertyops.notification.reminder.domain;

import java.time.Instant;

/** An event that cancels the reminders of its subject triggered before it, kept for triggers processed after it. */
public record CancellingEvent(String eventId, String subjectId, String type, Instant occurredAt) {
}
