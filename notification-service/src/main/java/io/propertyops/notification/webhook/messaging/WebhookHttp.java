package io.propertyops.notification.webhook.messaging;

import io.propertyops.notification.webhook.application.WebhookPoster;
import io.propertyops.notification.webhook.application.WebhookProperties;
import io.propertyops.notification.webhook.domain.EndpointPolicy;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * The HTTP client of webhook deliveries. Its connections resolve names through the {@link EndpointPolicy}, so a
 * delivery connects only to an address that was checked at that moment — not to whatever a second, later lookup
 * answers (DNS rebinding). Redirects are not followed (one could lead inside our network) and nothing is retried
 * here; the delivery's own schedule retries.
 */
@Component
class WebhookHttp implements WebhookPoster, Closeable {

    private final CloseableHttpClient client;

    WebhookHttp(EndpointPolicy endpoints, WebhookProperties properties) {
        DnsResolver checkedResolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return endpoints.connectableAddresses(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedResolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.requestTimeout()))
                                .build())
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.requestTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @Override
    public int post(URI endpoint, Map<String, String> headers, String body, String contentType) throws IOException {
        HttpPost post = new HttpPost(endpoint);
        headers.forEach(post::setHeader);
        // the bytes are UTF-8 (JSON's only encoding); the header names no charset, as the receivers' tests expect
        post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), ContentType.create(contentType)));
        return client.execute(post, response -> response.getCode());
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
