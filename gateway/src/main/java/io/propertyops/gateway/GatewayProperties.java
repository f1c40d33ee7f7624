package io.propertyops.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * The gateway's protections.
 *
 * @param rateLimit     per caller: a token bucket per user or client (by token subject), and per client
 *                      address for calls without a token (login, token endpoint)
 * @param maxBodySize   a larger declared body is refused with 413 before it is forwarded
 * @param largerBodies  the few paths that may carry more (photo uploads), each with its own limit
 * @param portalOrigins the only browser origins allowed to call the API cross-origin (the staff portal)
 * @param circuit       per route: when a service keeps failing, answer 503 at once instead of waiting on it
 */
@ConfigurationProperties("propertyops.gateway")
public record GatewayProperties(
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("256KB") DataSize maxBodySize,
        List<LargerBody> largerBodies,
        @DefaultValue("http://localhost:5173") List<String> portalOrigins,
        @DefaultValue Circuit circuit) {

    public GatewayProperties {
        largerBodies = largerBodies == null ? List.of() : List.copyOf(largerBodies);
    }

    /** @param path a path pattern, e.g. {@code /api/v1/tickets/{id}/photos} */
    public record LargerBody(String path, DataSize maxSize) {
    }

    public record RateLimit(
            @DefaultValue("20") double perSecond,
            @DefaultValue("60") int burst,
            @DefaultValue("5") double anonymousPerSecond,
            @DefaultValue("20") int anonymousBurst) {
    }

    public record Circuit(
            @DefaultValue("50") float failureRatePercent,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("20") int window,
            @DefaultValue("10s") Duration openFor,
            @DefaultValue("3") int halfOpenCalls) {
    }
}
