package io.propertyops.notification.webhook.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outgoing webhooks ({@code propertyops.notification.webhooks.*}).
 *
 * @param allowHttp      accept plain-http endpoints; only for dev and test configurations, never production
 * @param allowedHosts   hosts taken as they are, even when they resolve to an internal address (a test's local
 *                       receiver); empty in production
 * @param firstRetry     the wait after the first failed attempt, doubled after each further one
 * @param maxRetry       the longest wait between two attempts
 * @param retryFor       how long after an event its delivery is still retried before it is marked failed
 * @param pollInterval   how often the sender looks for due deliveries
 * @param connectTimeout the HTTP client's connect timeout
 * @param requestTimeout the HTTP client's timeout for the whole answer
 * @param breakerWait    how long a subscription's open circuit lets its deliveries wait before trying again
 */
@ConfigurationProperties("propertyops.notification.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("25h") Duration retryFor,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("60s") Duration breakerWait) {

    /** The wait before the next attempt after {@code failedAttempts} failures: 30 s, 1 min, 2 min … capped. */
    public Duration backOff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** When to try again after the {@code failedAttempts}th failure at {@code at}; empty once the retry period is over. */
    public Optional<Instant> nextAttempt(Instant at, int failedAttempts, Instant retryUntil) {
        Instant next = at.plus(backOff(failedAttempts));
        return next.isAfter(retryUntil) ? Optional.empty() : Optional.of(next);
    }
}
