package io.propertyops.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.propertyops.testsupport.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/** A service behind the gateway, played by a JDK HTTP server that answers JSON with a status of the test's choosing. */
final class StubService implements AutoCloseable {

    private final HttpServer server;

    private StubService(HttpServer server) {
        this.server = server;
    }

    /** Answers {@code body} with the status the function picks for each exchange (it may record the exchange). */
    static StubService answering(String body, ToIntFunction<HttpExchange> status) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                int code = status.applyAsInt(exchange);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(code, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return new StubService(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The gateway checks tokens against the test issuer's keys. */
    static void trustTestTokens(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.ISSUER);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
