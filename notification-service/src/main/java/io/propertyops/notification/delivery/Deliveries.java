package io.propertyops.notification.delivery;

import io.propertyops.notification.catalogue.MessageComposer.Message;
import io.propertyops.notification.directory.Recipient;
import io.propertyops.notification.directory.RecipientDirectory;
import io.propertyops.notification.preference.NotificationPreferences;
import io.propertyops.starter.messaging.Effects;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Plans the deliveries a message owes beyond the inbox, by the person's preferences: on their channels, to their
 * phone or email, after their quiet hours unless it is an escalation.
 */
@Component
public class Deliveries {

    private final MongoTemplate mongo;
    private final RecipientDirectory directory;
    private final ZoneId zone;

    Deliveries(MongoTemplate mongo, RecipientDirectory directory,
               @Value("${propertyops.notification.zone:Asia/Shanghai}") ZoneId zone) {
        this.mongo = mongo;
        this.directory = directory;
        this.zone = zone;
    }

    /** @return how many new deliveries this planned; a redelivered event plans none again */
    public int plan(String eventId, Message message, Instant now) {
        Recipient recipient = directory.reachable(message.recipientId()).orElse(null);
        if (recipient == null) {
            return 0;
        }
        NotificationPreferences wanted = message.preferences();
        Instant notBefore = "ESCALATION".equals(message.priority()) ? now : wanted.notQuietAfter(now, zone);
        int planned = 0;
        for (String channel : wanted.channelsFor(message.kind())) {
            String address = switch (channel) {
                case "SMS" -> recipient.phone();
                case "EMAIL" -> recipient.email();
                default -> null;
            };
            if (address != null && Effects.insertOnce(mongo, new OutboundDelivery(null, eventId, recipient.id(), channel,
                    address, message.kind(), message.priority(), message.title(), message.body(),
                    OutboundDelivery.Status.PENDING, now, notBefore, List.of(), null))) {
                planned++;
            }
        }
        return planned;
    }

    /** Whether the directory knows the person and may still reach them. */
    public boolean reachable(String personId) {
        return directory.reachable(personId).isPresent();
    }

    List<OutboundDelivery> due(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("status").is(OutboundDelivery.Status.PENDING.name())
                .and("notBefore").lte(now)).with(Sort.by("notBefore")).limit(limit), OutboundDelivery.class);
    }

    void save(OutboundDelivery delivery) {
        mongo.save(delivery);
    }

    public List<OutboundDelivery> of(String recipientId) {
        return mongo.find(Query.query(Criteria.where("recipientId").is(recipientId)).with(Sort.by("createdAt")),
                OutboundDelivery.class);
    }
}
