package io.propertyops.notification.inbox;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One message in a person's in-app inbox (站内信). Unique on the event, the recipient and the channel, so a
 * redelivered event never produces a second message.
 */
@Document("inbox")
@CompoundIndex(name = "once_per_event", def = "{'eventId': 1, 'recipientId': 1, 'channel': 1}", unique = true)
@CompoundIndex(name = "recipient_recent", def = "{'recipientId': 1, 'createdAt': -1}")
// trivially unique (_id is): lets the embedded store find a person's own message by id and owner from an index
@CompoundIndex(name = "id_recipient", def = "{'_id': 1, 'recipientId': 1}", unique = true)
public record InboxEntry(@Id String id, String eventId, String recipientId, String channel, String kind,
                         String title, String body, String subjectType, String subjectId, Instant createdAt,
                         Instant readAt, String priority) {

    public static final String IN_APP = "IN_APP";
}
