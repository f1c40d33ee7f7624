package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.OutboundDelivery;

import io.propertyops.notification.catalogue.domain.MessageComposer.Message;
import io.propertyops.notification.device.application.Devices;
import io.propertyops.notification.directory.domain.Recipient;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.notification.preference.domain.NotificationPreferences;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Plans the deliveries a message owes beyond the inbox, by the person's preferences: on their channels, to their
 * phone, devices or email, after their quiet hours unless it is an escalation. An escalation goes by push first to
 * whoever has an app device, and by SMS when the push fails or the message is still unread after
 * {@code propertyops.notification.fallback.unread-after} (at once to whoever has no device), whatever their channels.
 */
@Component
public class Deliveries {

    private static final Duration RETRY_FOR = OutboundDelivery.RETRY_FOR;

    private final DeliveryStore store;
    private final RecipientDirectory directory;
    private final Devices devices;
    private final ZoneId zone;
    private final Duration unreadAfter;
    private final Duration escalationPushRetryFor;

    Deliveries(DeliveryStore store, RecipientDirectory directory, Devices devices,
               @Value("${propertyops.notification.zone:Asia/Shanghai}") ZoneId zone,
               @Value("${propertyops.notification.fallback.unread-after:PT5M}") Duration unreadAfter,
               @Value("${propertyops.notification.fallback.push-retry-for:PT2M}") Duration escalationPushRetryFor) {
        this.store = store;
        this.directory = directory;
        this.devices = devices;
        this.zone = zone;
        this.unreadAfter = unreadAfter;
        this.escalationPushRetryFor = escalationPushRetryFor;
    }

    /** A message an event (or a reminder) owes, for which deliveries beyond the inbox may follow. */
    public record Owed(String eventId, Message message, Instant at) {
    }

    /** @return how many new deliveries this planned; a redelivered event plans none again */
    public int plan(String eventId, Message message, Instant now) {
        return plan(List.of(new Owed(eventId, message, now))).size();
    }

    /**
     * Plans the deliveries of a batch of messages: one read of the directory and one of the devices for everyone
     * they concern, and one bulk insert, in which a delivery planned before counts as done.
     *
     * @return the deliveries that are new
     */
    public List<OutboundDelivery> plan(List<Owed> owed) {
        Map<String, Recipient> reachable = directory.reachableAmong(
                owed.stream().map(o -> o.message().recipientId()).collect(Collectors.toSet()));
        // only escalations and push channels ask whether the person has a device
        Set<String> withDevice = devices.holdersAmong(owed.stream()
                .filter(o -> reachable.containsKey(o.message().recipientId()) && mayPush(o.message()))
                .map(o -> o.message().recipientId()).collect(Collectors.toSet()));
        List<OutboundDelivery> planned = new ArrayList<>();
        for (Owed o : owed) {
            Recipient recipient = reachable.get(o.message().recipientId());
            if (recipient != null) {
                planned.addAll(deliveries(o.eventId(), o.message(), recipient, withDevice.contains(recipient.id()), o.at()));
            }
        }
        return store.insertNew(planned);
    }

    private static boolean mayPush(Message message) {
        return OutboundDelivery.ESCALATION.equals(message.priority())
                || message.preferences().channelsFor(message.kind()).contains("PUSH");
    }

    private List<OutboundDelivery> deliveries(String eventId, Message message, Recipient recipient, boolean hasDevice,
                                              Instant now) {
        NotificationPreferences wanted = message.preferences();
        boolean escalation = OutboundDelivery.ESCALATION.equals(message.priority());
        Instant notBefore = escalation ? now : wanted.notQuietAfter(now, zone);
        List<OutboundDelivery> planned = new ArrayList<>();
        for (String channel : wanted.channelsFor(message.kind())) {
            String address = switch (channel) {
                case "SMS" -> escalation ? null : recipient.phone();
                case "PUSH" -> escalation || !hasDevice ? null : recipient.id();
                case "EMAIL" -> recipient.email();
                default -> null;
            };
            if (address != null) {
                planned.add(OutboundDelivery.planned(eventId, recipient.id(), channel, address, message.kind(),
                        message.priority(), message.title(), message.body(), now, notBefore, now.plus(RETRY_FOR)));
            }
        }
        if (escalation) {
            OutboundDelivery urgent = urgent(eventId, recipient, hasDevice, message.kind(), message.priority(),
                    message.title(), message.body(), now);
            if (urgent != null) {
                planned.add(urgent);
            }
        }
        return planned;
    }

    /**
     * What must reach a person now, whatever their channels and quiet hours (an escalation, an urgent announcement):
     * a push to whoever has an app device, checked after {@code unread-after} and followed by an SMS when still
     * unread or failed; an SMS at once to whoever has none.
     *
     * @return the delivery to insert, or null when the person has neither a device nor a phone
     */
    public OutboundDelivery urgent(String eventId, Recipient recipient, boolean hasDevice, String kind, String priority,
                                   String title, String body, Instant now) {
        if (hasDevice) {
            return OutboundDelivery.planned(eventId, recipient.id(), "PUSH", recipient.id(), kind, priority, title, body,
                    now, now, now.plus(escalationPushRetryFor)).checkingFallbackAt(now.plus(unreadAfter));
        }
        return recipient.phone() == null ? null : OutboundDelivery.planned(eventId, recipient.id(), "SMS",
                recipient.phone(), kind, priority, title, body, now, now, now.plus(RETRY_FOR));
    }

    /** Inserts deliveries planned elsewhere (an urgent announcement's) in one write, each at most once. @return those that were new */
    public List<OutboundDelivery> insert(List<OutboundDelivery> planned) {
        return store.insertNew(planned);
    }

    /**
     * A one-time login code, by SMS at once: before any other delivery, whatever the person's preferences and quiet
     * hours, and never after the code expires.
     *
     * @return whether it was new
     */
    public boolean planLoginCode(String eventId, String personId, String phone, String text, Instant now, Instant expiresAt) {
        return store.insertOnce(OutboundDelivery.planned(eventId, personId, "SMS", phone, OutboundDelivery.LOGIN_CODE,
                OutboundDelivery.IMMEDIATE, null, text, now, now, expiresAt));
    }

    /** Whether the directory knows the person and may still reach them. */
    public boolean reachable(String personId) {
        return directory.reachable(personId).isPresent();
    }

    List<OutboundDelivery> due(Instant now, int limit) {
        return store.due(now, limit);
    }

    List<OutboundDelivery> fallbacksDue(Instant now, int limit) {
        return store.fallbacksDue(now, limit);
    }

    /** The SMS that stands in for an escalation's push, once, to the person's phone: false when there is none. */
    boolean planFallback(OutboundDelivery push, Instant now) {
        String phone = directory.reachable(push.recipientId()).map(Recipient::phone).orElse(null);
        return phone != null && store.insertOnce(OutboundDelivery.planned(push.eventId(), push.recipientId(),
                "SMS", phone, push.kind(), push.priority(), push.title(), push.body(), now, now, now.plus(RETRY_FOR))
                .fallingBackFrom(push.id()));
    }

    /** @return false when it changed meanwhile */
    boolean save(OutboundDelivery delivery) {
        return store.save(delivery);
    }

    public List<OutboundDelivery> of(String recipientId) {
        return store.of(recipientId);
    }
}
