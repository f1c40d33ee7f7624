package io.propertyops.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept-alive connection keeps being read whatever the gateway answered on it. The requests that once left it
 * unread are the ones the gateway refuses at once (the firewall, CORS) arriving while the previous answer is still
 * being finished — a client sends its next request as soon as it has read an answer — so the test sends them
 * pipelined behind an ordinary request, which makes that order certain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "propertyops.gateway.portal-origins=http://portal.test")
class GatewayKeepAliveTest {

    static final String ORDINARY = "GET /api/v1/me/tickets HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void trustTestTokens(DynamicPropertyRegistry registry) {
        StubService.trustTestTokens(registry);
    }

    @Test
    void aRequestAfterOneTheFirewallRefusedIsAnswered() throws IOException {
        assertThat(answersOnOneConnection("GET /api/v1/price-lists/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: localhost\r\n\r\n"))
                .containsExactly(401, 400, 401);
    }

    @Test
    void aRequestAfterOneFromAForeignOriginIsAnswered() throws IOException {
        assertThat(answersOnOneConnection("GET /api/v1/me/tickets HTTP/1.1\r\nHost: localhost\r\nOrigin: http://evil.test\r\n\r\n"))
                .containsExactly(401, 403, 401);
    }

    /** An ordinary request and the refused one pipelined, then, once both are answered, another ordinary one. */
    List<Integer> answersOnOneConnection(String refused) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = new BufferedInputStream(socket.getInputStream());
                out.write((ORDINARY + refused).getBytes(StandardCharsets.US_ASCII));
                statuses.clear();
                statuses.add(status(in));
                statuses.add(status(in));
                out.write(ORDINARY.getBytes(StandardCharsets.US_ASCII));
                try {
                    statuses.add(status(in));
                } catch (SocketTimeoutException unanswered) {
                    return statuses;
                }
            }
        }
        return statuses;
    }

    /** Reads one answer whole (by its length or its chunks) and returns its status. */
    static int status(InputStream in) throws IOException {
        int status = Integer.parseInt(line(in).split(" ")[1]);
        long length = 0;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).trim());
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        if (chunked) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                in.readNBytes(size);
                line(in);
            }
            line(in);
        } else {
            in.readNBytes((int) length);
        }
        return status;
    }

    static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the gateway closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
