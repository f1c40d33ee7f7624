package io.propertyops.notification.delivery.domain;



import java.time.Instant;
import java.util.List;
import java.time.Duration;

/**
 * A message to send on a channel other than the in-app inbox, with every attempt: at most one per event, person
 * and channel, and never dropped — a channel that fails retries later until it works or the message expires.
 *
 * @param priority     {@code NORMAL}, {@code ESCALATION}, or {@code IMMEDIATE} (login codes: sent before the rest)
 * @param notBefore    not sent before this: the end of quiet hours, or the next retry
 * @param expiresAt    not sent after this; it then counts as failed (a day by default, a login code's own expiry)
 * @param fallbackFrom the delivery this one stands in for: an SMS after an escalation's push went unanswered
 * @param version      the stored version, checked by every save after an attempt
 * @param fallbackAt   when an escalation's push is checked: still unread in the inbox, an SMS follows; cleared then
 */
public record OutboundDelivery(String id, String eventId, String recipientId, String channel, String address,
                               String kind, String priority, String title, String body, Status status,
                               Instant createdAt, Instant notBefore, Instant expiresAt, String fallbackFrom,
                               Instant fallbackAt, List<Attempt> attempts, Long version) {

    public enum Status { PENDING, SENT, FAILED }

    public static final String IMMEDIATE = "IMMEDIATE";
    public static final String ESCALATION = "ESCALATION";
    public static final String LOGIN_CODE = "LOGIN_CODE";

    /** How long an ordinary delivery is retried before it counts as failed. */
    public static final Duration RETRY_FOR = Duration.ofHours(24);

    /** One try to send, and how it went. */
    public record Attempt(Instant at, boolean sent, String error) {
    }

    /** A new delivery, not yet tried; its version starts at 0 whether it is inserted alone or in a bulk write. */
    public static OutboundDelivery planned(String eventId, String recipientId, String channel, String address, String kind,
                                    String priority, String title, String body, Instant now, Instant notBefore,
                                    Instant expiresAt) {
        return new OutboundDelivery(null, eventId, recipientId, channel, address, kind, priority, title, body,
                Status.PENDING, now, notBefore, expiresAt, null, null, List.of(), 0L);
    }

    public OutboundDelivery checkingFallbackAt(Instant at) {
        return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, body, status,
                createdAt, notBefore, expiresAt, fallbackFrom, at, attempts, version);
    }

    public OutboundDelivery fallingBackFrom(String deliveryId) {
        return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, body, status,
                createdAt, notBefore, expiresAt, deliveryId, fallbackAt, attempts, version);
    }

    /** After an attempt: a login code is not kept once it was sent or given up, only that it was. */
    public OutboundDelivery after(Status outcome, Instant next, List<Attempt> tried) {
        String kept = outcome != Status.PENDING && LOGIN_CODE.equals(kind) ? "(login code withheld)" : body;
        return new OutboundDelivery(id, eventId, recipientId, channel, address, kind, priority, title, kept, outcome,
                createdAt, next, expiresAt, fallbackFrom, fallbackAt, tried, version);
    }

    /** What a text message says: the title and the body, or the body alone. */
    public String text() {
        return title == null ? body : title + "：" + body;
    }
}
