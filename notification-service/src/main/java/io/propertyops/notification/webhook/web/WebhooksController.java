package io.propertyops.notification.webhook.web;

import io.propertyops.notification.webhook.application.Webhooks;
import io.propertyops.notification.webhook.domain.Delivery;
import io.propertyops.notification.webhook.domain.Subscription;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Webhooks", description = "Subscriptions to platform events, signed with HMAC-SHA256: an integration client "
        + "manages its own (scope webhooks.manage), an administrator those made in the staff portal for their communities")
class WebhooksController {

    private static final String SCOPE = Webhooks.SCOPE;

    private final Webhooks webhooks;

    WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record SubscribeRequest(@NotBlank @Size(max = 2048) String url,
                            @NotEmpty @Size(max = 100) List<@NotBlank String> eventTypes) {
    }

    record SubscriptionView(String id, String url, List<String> eventTypes, List<String> communityIds,
                            Instant createdAt) {
        static SubscriptionView of(Subscription subscription) {
            return new SubscriptionView(subscription.id(), subscription.url(), subscription.eventTypes(),
                    subscription.communityIds(), subscription.createdAt());
        }
    }

    /** The answer to a new subscription: the only time the secret is shown. */
    record NewSubscription(String id, String url, List<String> eventTypes, List<String> communityIds,
                           Instant createdAt, String secret) {
    }

    record DeliveryView(String id, String subscriptionId, String eventId, String eventType, Delivery.Status status,
                        Instant createdAt, Instant nextAttemptAt, Instant retryUntil, List<Delivery.Attempt> attempts) {
        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.subscriptionId(), delivery.eventId(), delivery.eventType(),
                    delivery.status(), delivery.createdAt(), delivery.nextAttemptAt(), delivery.retryUntil(),
                    delivery.attempts());
        }
    }

    @PostMapping("/api/v1/webhooks")
    @Allowed(roles = {Roles.ADMIN}, scopes = SCOPE)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe an https endpoint to event types of the client's communities; the answer shows the signing secret once")
    ResponseEntity<NewSubscription> subscribe(Caller caller, @Valid @RequestBody SubscribeRequest request) {
        Subscription created = webhooks.subscribe(caller, request.url(), request.eventTypes());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.id()))
                .body(new NewSubscription(created.id(), created.url(), created.eventTypes(), created.communityIds(),
                        created.createdAt(), created.secret()));
    }

    @GetMapping("/api/v1/webhooks")
    @Allowed(roles = {Roles.ADMIN}, scopes = SCOPE)
    @Operation(operationId = "listWebhooks", summary = "The client's subscriptions")
    List<SubscriptionView> list(Caller caller) {
        return webhooks.of(caller).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/api/v1/webhooks/{id}")
    @Allowed(roles = {Roles.ADMIN}, scopes = SCOPE)
    @Operation(operationId = "getWebhook", summary = "One of the client's subscriptions")
    SubscriptionView get(Caller caller, @PathVariable String id) {
        return SubscriptionView.of(webhooks.get(caller, id));
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @Allowed(roles = {Roles.ADMIN}, scopes = SCOPE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "unsubscribeWebhook", summary = "Remove a subscription; nothing more is sent to it")
    void unsubscribe(Caller caller, @PathVariable String id) {
        webhooks.unsubscribe(caller, id);
    }

    @GetMapping("/api/v1/webhooks/{id}/deliveries")
    @Allowed(roles = {Roles.ADMIN}, scopes = SCOPE)
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's deliveries, newest first, with every attempt")
    List<DeliveryView> deliveries(Caller caller, @PathVariable String id,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return webhooks.deliveries(caller, id, limit).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/api/v1/webhooks/deliveries/{deliveryId}/redelivery")
    @Allowed(roles = {Roles.ADMIN}, scopes = SCOPE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again now, with a fresh retry period")
    DeliveryView redeliver(Caller caller, @PathVariable String deliveryId) {
        return DeliveryView.of(webhooks.redeliver(caller, deliveryId));
    }
}
