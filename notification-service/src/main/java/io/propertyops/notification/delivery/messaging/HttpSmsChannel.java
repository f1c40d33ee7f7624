package io.propertyops.notification.delivery.messaging;

import io.propertyops.notification.delivery.application.Channel;
import io.propertyops.notification.delivery.domain.OutboundDelivery;

import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * SMS through an HTTP provider: a JSON POST of the phone, the text and our reference, authorised by the API key.
 * A deployment sets {@code propertyops.notification.sms.provider-url} and {@code …api-key}; anything but a 2xx is a
 * failed attempt, retried later. Providers that want another shape get an adapter of their own beside this one.
 */
@Component
@ConditionalOnProperty("propertyops.notification.sms.provider-url")
class HttpSmsChannel implements Channel {

    private final ProviderPost provider;
    private final String signature;

    HttpSmsChannel(@Value("${propertyops.notification.sms.provider-url}") URI provider,
                   @Value("${propertyops.notification.sms.api-key:}") String apiKey,
                   @Value("${propertyops.notification.sms.signature:物业服务}") String signature) {
        this.provider = new ProviderPost("SMS", provider, apiKey);
        this.signature = signature;
    }

    @Override
    public String name() {
        return "SMS";
    }

    @Override
    public void send(OutboundDelivery delivery) throws Exception {
        provider.send(Map.of("phone", delivery.address(), "text", "【" + signature + "】" + delivery.text(),
                "reference", delivery.id()));
    }
}
