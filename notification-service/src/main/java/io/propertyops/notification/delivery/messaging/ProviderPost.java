package io.propertyops.notification.delivery.messaging;



import io.propertyops.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A JSON POST to a message provider, authorised by its API key; anything but a 2xx is a failed attempt. */
final class ProviderPost {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String what;
    private final URI provider;
    private final String apiKey;

    ProviderPost(String what, URI provider, String apiKey) {
        this.what = what;
        this.provider = provider;
        this.apiKey = apiKey;
    }

    void send(Map<String, ?> json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(provider)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(EventJson.write(json)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " provider answered " + response.statusCode());
        }
    }
}
