package io.propertyops.notification.webhook.messaging;

import io.propertyops.notification.webhook.EndpointPolicyTest;
import io.propertyops.notification.webhook.WebhookReceiver;
import io.propertyops.notification.webhook.application.WebhookProperties;
import io.propertyops.notification.webhook.domain.EndpointPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a subscriber's name answers a public address when the subscription is checked and an internal
 * one when the delivery connects. The connection must use the checked answer of that moment, and refuse.
 */
class WebhookHttpTest {

    final WebhookReceiver internalService = new WebhookReceiver();
    final AtomicInteger lookups = new AtomicInteger();

    @AfterEach
    void stop() {
        internalService.close();
    }

    /** hooks.example.com: public at the first lookup, then the loopback address where an "internal service" listens. */
    InetAddress[] rebinding(String host) {
        try {
            if (!host.equals("hooks.example.com")) {
                return new InetAddress[0];
            }
            return new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.1")};
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    WebhookProperties properties() {
        return new WebhookProperties(true, List.of(), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(25),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(60));
    }

    @Test
    void aNameThatRebindsToAnInternalAddressAfterTheCheckIsRefusedAtTheConnection() throws Exception {
        EndpointPolicy policy = new EndpointPolicy(true, List.of(), this::rebinding);
        int port = URI.create(internalService.url()).getPort();
        URI endpoint = policy.check("http://hooks.example.com:" + port + "/hook");   // public then: accepted

        try (WebhookHttp http = new WebhookHttp(policy, properties())) {
            assertThatThrownBy(() -> http.post(endpoint, Map.of(), "{}", "application/json"))
                    .isInstanceOf(EndpointPolicy.InternalAddressException.class);
        }
        assertThat(lookups).as("the connection resolved the name itself, through the policy").hasValue(2);
        assertThat(internalService.received()).isEmpty();
    }

    @Test
    void anAllowedHostIsReachedThroughTheSameResolver() throws Exception {
        EndpointPolicy policy = new EndpointPolicy(true, List.of("127.0.0.1"), EndpointPolicyTest::resolve);
        try (WebhookHttp http = new WebhookHttp(policy, properties())) {
            int status = http.post(policy.check(internalService.url()), Map.of("X-Test", "1"), "{\"a\":1}",
                    "application/cloudevents+json");
            assertThat(status).isEqualTo(200);
        }
        assertThat(internalService.received()).singleElement()
                .satisfies(received -> assertThat(received.body()).isEqualTo("{\"a\":1}"));
    }
}
