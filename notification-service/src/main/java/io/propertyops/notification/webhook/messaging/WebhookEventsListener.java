package io.propertyops.notification.webhook.messaging;

import io.propertyops.events.EventEnvelope;
import io.propertyops.events.EventJson;
import io.propertyops.notification.webhook.application.WebhookSender;
import io.propertyops.notification.webhook.application.Webhooks;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns each event a subscription wants, of one of its client's communities, into a delivery. Sending is the
 * {@link WebhookSender}'s, so a slow endpoint never holds up the partition.
 */
@Component
class WebhookEventsListener {

    private static final Logger log = LoggerFactory.getLogger(WebhookEventsListener.class);

    private final Webhooks webhooks;
    private final EventBatches batches;

    WebhookEventsListener(Webhooks webhooks, EventBatches batches) {
        this.webhooks = webhooks;
        this.batches = batches;
    }

    @KafkaListener(topics = "#{@webhookTopics}", id = "notification-webhooks")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, this::on);
    }

    private void on(Incoming incoming) {
        EventEnvelope envelope = incoming.envelope();
        if (!Webhooks.SUBSCRIBABLE.contains(envelope.type())) {
            return;
        }
        JsonNode data = EventJson.mapper().readTree(envelope.data());
        String community = communityOf(data);
        if (community == null) {
            return;
        }
        for (String subscription : webhooks.queue(envelope.id(), envelope.type(), community,
                () -> structured(envelope, data))) {
            log.info("{} {} queued for webhook {}", envelope.type(), envelope.id(), subscription);
        }
    }

    private static String communityOf(JsonNode data) {
        JsonNode community = data.path("communityId");
        if (community.isMissingNode() || community.isNull()) {
            community = data.path("workOrder").path("communityId");
        }
        return community.isString() ? community.asString() : null;
    }

    /** The event in CloudEvents structured mode, the body every subscriber receives. */
    private static String structured(EventEnvelope envelope, JsonNode data) {
        ObjectNode event = EventJson.mapper().createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", envelope.id());
        event.put("type", envelope.type());
        event.put("source", envelope.source());
        if (envelope.subject() != null) {
            event.put("subject", envelope.subject());
        }
        if (envelope.time() != null) {
            event.put("time", envelope.time().toString());
        }
        event.put("datacontenttype", "application/json");
        event.set("data", data);
        return EventJson.mapper().writeValueAsString(event);
    }
}
