package io.propertyops.gateway;

import io.propertyops.http.ProblemTypes;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the gateway does to every routed call before and around forwarding it: refuse an oversized body,
 * hold each caller to a rate, and keep a circuit breaker per route so that a failing service is answered
 * with a fast 503 instead of slowing everyone down.
 */
@Configuration
@EnableConfigurationProperties(GatewayProperties.class)
class ProtectionFilters {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CircuitBreakerRegistry routeCircuitBreakers(GatewayProperties properties, MeterRegistry meters) {
        GatewayProperties.Circuit circuit = properties.circuit();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(circuit.failureRatePercent())
                .minimumNumberOfCalls(circuit.minimumCalls())
                .slidingWindowSize(circuit.window())
                .waitDurationInOpenState(circuit.openFor())
                .permittedNumberOfCallsInHalfOpenState(circuit.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 100)
    GlobalFilter bodySizeLimit(GatewayProperties properties) {
        long defaultLimit = properties.maxBodySize().toBytes();
        Map<PathPattern, Long> larger = new LinkedHashMap<>();
        properties.largerBodies().forEach(body -> larger.put(PathPatternParser.defaultInstance.parse(body.path()),
                body.maxSize().toBytes()));
        return (exchange, chain) -> {
            PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
            long limit = larger.entrySet().stream().filter(entry -> entry.getKey().matches(path))
                    .mapToLong(Map.Entry::getValue).findFirst().orElse(defaultLimit);
            return exchange.getRequest().getHeaders().getContentLength() > limit
                    ? GatewayProblems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
                            "The request body is larger than the limit of " + limit + " bytes")
                    : chain.filter(exchange);
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 200)
    GlobalFilter rateLimit(GatewayProperties properties, Clock clock) {
        GatewayProperties.RateLimit rate = properties.rateLimit();
        TokenBuckets callers = new TokenBuckets(rate.perSecond(), rate.burst(), clock);
        TokenBuckets addresses = new TokenBuckets(rate.anonymousPerSecond(), rate.anonymousBurst(), clock);
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> callers.take("sub:" + authentication.getName()))
                .switchIfEmpty(Mono.fromSupplier(() -> addresses.take("ip:" + clientAddress(exchange))))
                .flatMap(retryAfter -> {
                    if (retryAfter == 0) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(retryAfter));
                    return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
                            "Too many requests; try again in " + retryAfter + " s");
                });
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 300)
    GlobalFilter circuitBreakerPerRoute(CircuitBreakerRegistry registry) {
        return (exchange, chain) -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            if (route == null) {
                return chain.filter(exchange);
            }
            CircuitBreaker breaker = registry.circuitBreaker(route.getId());
            if (!breaker.tryAcquirePermission()) {
                exchange.getResponse().getHeaders().set("Retry-After",
                        Long.toString(Math.max(1, breaker.getCircuitBreakerConfig()
                                .getWaitIntervalFunctionInOpenState().apply(1) / 1000)));
                return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                        "The service behind this path is failing; try again shortly");
            }
            long start = breaker.getCurrentTimestamp();
            return chain.filter(exchange)
                    .doOnSuccess(done -> {
                        long took = breaker.getCurrentTimestamp() - start;
                        HttpStatus status = HttpStatus.resolve(statusOf(exchange));
                        if (status != null && status.is5xxServerError()) {
                            breaker.onError(took, breaker.getTimestampUnit(), new IllegalStateException("HTTP " + status.value()));
                        } else {
                            breaker.onSuccess(took, breaker.getTimestampUnit());
                        }
                    })
                    .doOnError(error -> breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), error))
                    .doOnCancel(breaker::releasePermission);
        };
    }

    private static int statusOf(ServerWebExchange exchange) {
        var status = exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
