package io.propertyops.notification.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A message provider on a local port, as a test's SMS or push provider: it keeps the bodies it accepted with the
 * right API key, and answers 503 while {@link #failuresLeft} lasts, to requests it must refuse, or to a wrong key.
 */
final class ProviderStub {

    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    private final HttpServer server;
    private final String path;

    /** @param refusing a text that makes the provider refuse any request body containing it, or null */
    ProviderStub(String path, String apiKey, String refusing) {
        this.path = path;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = refusing != null && body.contains(refusing) || failuresLeft.getAndDecrement() > 0
                    || !("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!fail) {
                received.add(body);
            }
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The accepted bodies that mention this text (a phone, a device token). */
    List<String> receivedWith(String text) {
        return received.stream().filter(body -> body.contains(text)).toList();
    }

    void stop() {
        server.stop(0);
    }
}
