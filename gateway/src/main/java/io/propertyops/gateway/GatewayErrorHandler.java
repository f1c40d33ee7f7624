package io.propertyops.gateway;

import io.propertyops.http.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * Every error the gateway itself raises becomes a problem: a service that cannot be reached is a 503 (never
 * disguised as "not found"), a path no route knows is a 404, and nothing leaks a stack trace.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (isUnavailable(error)) {
            log.warn("Downstream unavailable for {}: {}", exchange.getRequest().getPath(), error.toString());
            exchange.getResponse().getHeaders().set("Retry-After", "5");
            return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                    "The service behind this path is unavailable; try again shortly");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
            if (code == null) {
                code = HttpStatus.BAD_REQUEST;
            }
            if (code.is4xxClientError()) {
                return GatewayProblems.write(exchange, code, code == HttpStatus.NOT_FOUND ? ProblemTypes.NOT_FOUND : ProblemTypes.BAD_REQUEST,
                        status.getReason() != null ? status.getReason() : code.getReasonPhrase());
            }
            if (code == HttpStatus.SERVICE_UNAVAILABLE || code == HttpStatus.GATEWAY_TIMEOUT) {
                return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                        "The service behind this path is unavailable; try again shortly");
            }
        }
        log.error("Gateway error on {}", exchange.getRequest().getPath(), error);
        return GatewayProblems.write(exchange, HttpStatus.BAD_GATEWAY, ProblemTypes.BAD_GATEWAY, "The gateway could not complete this request");
    }

    private static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof TimeoutException
                    || t.getClass().getName().contains("ConnectException")) {
                return true;
            }
        }
        return false;
    }
}
