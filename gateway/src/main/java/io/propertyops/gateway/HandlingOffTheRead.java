package io.propertyops.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every request is handled on a worker thread, never inside the HTTP server's read of it. Reactor Netty 1.3.6 stops
 * reading a kept-alive connection when a request it had queued (one that arrived before the previous answer was
 * done) is answered before its handler returns: the next request on that connection then waits for ever, answered
 * by nobody and logged nowhere (reactor/reactor-netty#4361, fixed after 1.3.6). The gateway answers that way
 * whenever it refuses a request before anything asynchronous happens — the firewall's 400, a CORS 403 — so about one
 * request in a thousand of the bad-input fuzzer went unanswered. Handling that starts on another thread cannot
 * answer within that read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HandlingOffTheRead implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.defer(() -> chain.filter(exchange)).subscribeOn(Schedulers.parallel());
    }
}
