package io.propertyops.notification.webhook.domain;

import java.time.Instant;
import java.util.List;

/**
 * An integration client's wish to hear of some event types of its communities at an endpoint. The communities
 * are the ones the client's token named when it subscribed; the secret signs every delivery.
 */
public record Subscription(String id, String clientId, String url, List<String> eventTypes,
                           List<String> communityIds, String secret, Instant createdAt) {
}
