package io.propertyops.notification.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message to send on a channel other than the in-app inbox, with every attempt: at most one per event, person
 * and channel, and never dropped — a channel that fails retries later until it works or the message is too old.
 *
 * @param notBefore not sent before this: the end of quiet hours, or the next retry
 */
@Document("deliveries")
@CompoundIndex(name = "once_per_event_person_channel", def = "{'eventId': 1, 'recipientId': 1, 'channel': 1}", unique = true)
@CompoundIndex(name = "due", def = "{'status': 1, 'notBefore': 1}")
public record OutboundDelivery(@Id String id, String eventId, String recipientId, String channel, String address,
                               String kind, String priority, String title, String body, Status status,
                               Instant createdAt, Instant notBefore, List<Attempt> attempts, @Version Long version) {

    public enum Status { PENDING, SENT, FAILED }

    /** One try to send, and how it went. */
    public record Attempt(Instant at, boolean sent, String error) {
    }
}
