package io.propertyops.notification.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message to send on a channel other than the in-app inbox, with every attempt: at most one per event, person
 * and channel, and never dropped — a channel that fails retries later until it works or the message expires.
 *
 * @param priority     {@code NORMAL}, {@code ESCALATION}, or {@code IMMEDIATE} (login codes: sent before the rest)
 * @param notBefore    not sent before this: the end of quiet hours, or the next retry
 * @param expiresAt    not sent after this; it then counts as failed (a day by default, a login code's own expiry)
 * @param fallbackFrom the delivery this one stands in for: an SMS after an escalation's push went unanswered
 * @param fallbackAt   when an escalation's push is checked: still unread in the inbox, an SMS follows; cleared then
 */
@Document("deliveries")
@CompoundIndex(name = "once_per_event_person_channel", def = "{'eventId': 1, 'recipientId': 1, 'channel': 1}", unique = true)
@CompoundIndex(name = "due", def = "{'status': 1, 'notBefore': 1}")
@CompoundIndex(name = "fallback_due", def = "{'fallbackAt': 1}", sparse = true)
// trivially unique (_id is): each version-checked save after an attempt is found from an index on the embedded store
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record OutboundDelivery(@Id String id, String eventId, String recipientId, String channel, String address,
                               String kind, String priority, String title, String body, Status status,
                               Instant createdAt, Instant notBefore, Instant expiresAt, String fallbackFrom,
                               Instant fallbackAt, List<Attempt> attempts, @Version Long version) {

    public enum Status { PENDING, SENT, FAILED }

    public static final String IMMEDIATE = "IMMEDIATE";
    public static final String ESCALATION = "ESCALATION";
    static final String LOGIN_CODE = "LOGIN_CODE";

    /** One try to send, and how it went. */
    public record Attempt(Instant at, boolean sent, String error) {
    }

    /** A new delivery, not yet tried; its version starts at 0 whether it is inserted alone or in a bulk write. */
    static OutboundDelivery planned(String eventId, String recipientId, String channel, String address, String kind,
                                    String priority, String title, String body, Instant now, Instant notBefore,
                                    Instant expiresAt) {
        return new OutboundDelivery(null, eventId, recipientId, channel, address, kind, priority, title, body,
                Status.PENDING, now, notBefore, expiresAt, null, null, List.of(), 0L);
    }

    OutboundDelivery checkingFallbackAt(Instant at) {
        return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, body, status,
                createdAt, notBefore, expiresAt, fallbackFrom, at, attempts, version);
    }

    OutboundDelivery fallingBackFrom(String deliveryId) {
        return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, body, status,
                createdAt, notBefore, expiresAt, deliveryId, fallbackAt, attempts, version);
    }

    /** After an attempt: a login code is not kept once it was sent or given up, only that it was. */
    OutboundDelivery after(Status outcome, Instant next, List<Attempt> tried) {
        String kept = outcome != Status.PENDING && LOGIN_CODE.equals(kind) ? "(login code withheld)" : body;
        return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, kept, outcome,
                createdAt, next, expiresAt, fallbackFrom, fallbackAt, tried, version);
    }

    /** What a text message says: the title and the body, or the body alone. */
    public String text() {
        return title == null ? body : title + "：" + body;
    }
}
