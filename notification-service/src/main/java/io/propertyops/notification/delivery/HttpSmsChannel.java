package io.propertyops.notification.delivery;

import io.propertyops.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI provider;
    private final String apiKey;
    private final String signature;

    HttpSmsChannel(@Value("${propertyops.notification.sms.provider-url}") URI provider,
                   @Value("${propertyops.notification.sms.api-key:}") String apiKey,
                   @Value("${propertyops.notification.sms.signature:物业服务}") String signature) {
        this.provider = provider;
        this.apiKey = apiKey;
        this.signature = signature;
    }

    @Override
    public String name() {
        return "SMS";
    }

    @Override
    public void send(OutboundDelivery delivery) throws Exception {
        byte[] body = EventJson.write(Map.of("phone", delivery.address(),
                "text", "【" + signature + "】" + delivery.title() + "：" + delivery.body(),
                "reference", delivery.id()));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(provider)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS provider answered " + response.statusCode());
        }
    }
}
