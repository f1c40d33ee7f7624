package io.propertyops.notification.inbox.domain;

import java.time.Instant;

/**
 * One message in a person's in-app inbox (站内信): at most one per event, recipient and channel, so a redelivered
 * event never produces a second message.
 *
 * @param readAt when the person first read it; null while unread
 */
public record InboxEntry(String id, String eventId, String recipientId, String channel, String kind,
                         String title, String body, String subjectType, String subjectId, Instant createdAt,
                         Instant readAt, String priority) {

    public static final String IN_APP = "IN_APP";
}
