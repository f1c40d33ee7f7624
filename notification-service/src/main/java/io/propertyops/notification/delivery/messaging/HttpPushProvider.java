package io.propertyops.notification.delivery.messaging;


import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Push through an HTTP provider (a push aggregator in front of APNs, FCM, HarmonyOS Push and the Android vendors): a
 * JSON POST of the device tokens, title, body, priority and our reference, authorised by the API key. A deployment
 * sets {@code propertyops.notification.push.provider-url} and {@code …api-key}; anything but a 2xx is a failed
 * attempt, retried later.
 */
@Component
@ConditionalOnProperty("propertyops.notification.push.provider-url")
class HttpPushProvider implements PushProvider {

    private final ProviderPost provider;

    HttpPushProvider(@Value("${propertyops.notification.push.provider-url}") URI provider,
                     @Value("${propertyops.notification.push.api-key:}") String apiKey) {
        this.provider = new ProviderPost("Push", provider, apiKey);
    }

    @Override
    public void push(Push push) throws Exception {
        provider.send(Map.of("deviceTokens", push.deviceTokens(), "title", push.title(), "body", push.body(),
                "priority", push.priority(), "reference", push.reference()));
    }
}
