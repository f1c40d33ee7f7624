package io.propertyops.notification.webhook.application;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.propertyops.notification.webhook.domain.Delivery;
import io.propertyops.notification.webhook.domain.EndpointPolicy;
import io.propertyops.notification.webhook.domain.Subscription;
import io.propertyops.starter.domain.RuleViolationException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * POSTs due deliveries on its own thread, signed so the receiver can check they come from us and are fresh:
 * {@code X-PropertyOps-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">}. A failed attempt is retried
 * with doubling waits until the delivery's retry period ends, then the delivery is marked failed. Each
 * subscription has its own circuit breaker: while an endpoint keeps failing its deliveries wait untried, and the
 * others go on.
 *
 * <p>A delivery is claimed by moving its next attempt past the time a POST can take, in one atomic update, so
 * replicas never send the same delivery at once and a crash mid-attempt only delays it. Every replica polls — no
 * ShedLock lock, unlike the other due work — so a slow endpoint's POST holds back only its own delivery, and the
 * replicas share the sending.
 */
@Component
public class WebhookSender implements SmartLifecycle {

    public static final String SIGNATURE = "X-PropertyOps-Signature";
    public static final String TIMESTAMP = "X-PropertyOps-Timestamp";
    public static final String EVENT_ID = "X-PropertyOps-Event-Id";

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 100;

    private final WebhookStore store;
    private final EndpointPolicy endpoints;
    private final WebhookProperties properties;
    private final Clock clock;
    private final WebhookPoster http;
    private final CircuitBreakerRegistry breakers;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile ScheduledFuture<?> polling;
    private volatile boolean running;

    WebhookSender(WebhookStore store, EndpointPolicy endpoints, WebhookPoster http, WebhookProperties properties,
                  Clock clock) {
        this.store = store;
        this.endpoints = endpoints;
        this.properties = properties;
        this.clock = clock;
        this.http = http;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .slowCallDurationThreshold(properties.requestTimeout())
                .waitDurationInOpenState(properties.breakerWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        scheduler.setThreadNamePrefix("webhooks-");
        scheduler.setPoolSize(1);
    }

    /** Sends every delivery due now; returns how many attempts were made. */
    public int sendDue() {
        int attempts = 0;
        for (int i = 0; i < BATCH; i++) {
            Delivery delivery = claimNext();
            if (delivery == null) {
                break;
            }
            if (attempt(delivery)) {
                attempts++;
            }
        }
        return attempts;
    }

    private Delivery claimNext() {
        Instant now = clock.instant();
        Duration lease = properties.connectTimeout().plus(properties.requestTimeout()).multipliedBy(2);
        return store.claimNext(now, now.plus(lease)).orElse(null);
    }

    /** True when an attempt was made; false when the delivery was put back to wait for its circuit. */
    private boolean attempt(Delivery delivery) {
        Subscription subscription = store.subscription(delivery.subscriptionId()).orElse(null);
        if (subscription == null) {
            record(delivery, new Delivery.Attempt(clock.instant(), false, null, "subscription removed", 0), true);
            return true;
        }
        CircuitBreaker breaker = breakers.circuitBreaker(subscription.id());
        if (!breaker.tryAcquirePermission()) {
            store.postpone(delivery.id(), clock.instant().plus(properties.breakerWait()));
            return false;
        }
        Instant at = clock.instant();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI endpoint = endpoints.target(subscription.url());
            String timestamp = Long.toString(at.getEpochSecond());
            status = http.post(endpoint, Map.of(
                    SIGNATURE, "sha256=" + sign(subscription.secret(), timestamp + "." + delivery.body()),
                    TIMESTAMP, timestamp,
                    EVENT_ID, delivery.eventId()), delivery.body(), "application/cloudevents+json");
            if (status / 100 != 2) {
                error = "endpoint answered " + status;
            }
        } catch (RuleViolationException e) {
            error = e.getMessage();
        } catch (IOException e) {
            error = e.toString();
        }
        long nanos = System.nanoTime() - started;
        if (error == null) {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
        } else {
            breaker.onError(nanos, TimeUnit.NANOSECONDS, new IOException(error));
        }
        record(delivery, new Delivery.Attempt(at, error == null, status, error, TimeUnit.NANOSECONDS.toMillis(nanos)),
                false);
        return true;
    }

    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private void record(Delivery delivery, Delivery.Attempt attempt, boolean giveUp) {
        if (attempt.succeeded()) {
            store.record(delivery.id(), attempt, Delivery.Status.DELIVERED, null);
            return;
        }
        Optional<Instant> next = giveUp ? Optional.empty()
                : properties.nextAttempt(attempt.at(), failures(delivery) + 1, delivery.retryUntil());
        if (next.isPresent()) {
            store.record(delivery.id(), attempt, null, next.get());
        } else {
            store.record(delivery.id(), attempt, Delivery.Status.FAILED, null);
            log.warn("Webhook delivery {} of {} to {} failed for good: {}", delivery.id(), delivery.eventId(),
                    delivery.subscriptionId(), attempt.error());
        }
    }

    /** The failures in a row of this retry period, so a manual redelivery starts its back-off afresh. */
    private int failures(Delivery delivery) {
        Instant periodStart = delivery.retryUntil().minus(properties.retryFor());
        int failures = 0;
        for (Delivery.Attempt attempt : delivery.attempts().reversed()) {
            if (attempt.succeeded() || attempt.at().isBefore(periodStart)) {
                break;
            }
            failures++;
        }
        return failures;
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Webhook sending failed, trying again at the next poll: {}", e.toString());
        }
    }

    @Override
    public void start() {
        scheduler.initialize();
        running = true;
        polling = scheduler.scheduleWithFixedDelay(this::sendQuietly, properties.pollInterval());
    }

    @Override
    public void stop() {
        running = false;
        if (polling != null) {
            polling.cancel(false);
        }
        scheduler.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
