package io.propertyops.notification.webhook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An integration client's wish to hear of some event types of its communities at an endpoint. The communities
 * are the ones the client's token named when it subscribed; the secret signs every delivery.
 */
@Document("webhook_subscriptions")
record Subscription(@Id String id, @Indexed String clientId, String url, List<String> eventTypes,
                    List<String> communityIds, String secret, Instant createdAt) {
}
