package io.propertyops.bench;

import io.propertyops.testsupport.PkceLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Access tokens the standard way: authorization code + PKCE through the login form, one fresh browser per person.
 * The browser talks to security-service directly and names the gateway as the public URL (X-Forwarded-*), exactly
 * as the gateway forwards it: through the gateway, hundreds of logins from one address would meet its anonymous
 * rate limit (5/s), which protects the login form and is not what is measured.
 */
final class Logins {

    private static final Logger log = LoggerFactory.getLogger(Logins.class);
    private static final String APP = "propertyops-app";
    private static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

    private static final int ATTEMPTS = 5;

    private final Platform platform;
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong attempted = new AtomicLong();

    Logins(Platform platform) {
        this.platform = platform;
    }

    /**
     * A login that fails is tried again, up to five times, and counted: logins running side by side can meet a
     * 500 from the token endpoint (a ConcurrentModificationException in the authorization store), which the report
     * states rather than hides.
     */
    String token(String username) {
        for (int attempt = 1; ; attempt++) {
            attempted.incrementAndGet();
            try {
                return login(username);
            } catch (AssertionError | RuntimeException e) {
                failed.incrementAndGet();
                log.warn("login of {} failed (attempt {}): {}", username, attempt, e.getMessage());
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("login of " + username + " failed " + ATTEMPTS + " times", e);
                }
            }
        }
    }

    /** Logins attempted, and how many of those failed. */
    long attempted() {
        return attempted.get();
    }

    long failed() {
        return failed.get();
    }

    private String login(String username) {
        return PkceLogin.behindProxy(URI.create(platform.url("security-service")), URI.create(platform.gatewayUrl()))
                .login(APP, REDIRECT_URI, "openid profile", username, platform.demoPassword())
                .accessToken();
    }

    /** One token per username, in their order, with a few logins at a time (each is a bcrypt check). */
    List<String> tokens(List<String> usernames, int parallel) throws InterruptedException {
        long begin = System.nanoTime();
        List<Future<String>> pending = new ArrayList<>();
        try (ExecutorService browsers = Executors.newFixedThreadPool(parallel, Thread.ofVirtual().factory())) {
            for (String username : usernames) {
                pending.add(browsers.submit(() -> token(username)));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> token : pending) {
                tokens.add(token.get());
            }
            log.info("{} logins in {} ms", usernames.size(), (System.nanoTime() - begin) / 1_000_000);
            return tokens;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a login failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
