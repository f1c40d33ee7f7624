package io.propertyops.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues real, signed JWTs for tests, shaped like security-service's: {@code sub} the person id,
 * {@code roles}, {@code community_ids} and, for owners, {@code unit_ids}; for integration clients
 * {@code sub} the client id and the granted {@code scope}. The public key is served as a
 * JWKS document over HTTP, so services validate these tokens exactly as they validate production ones.
 */
public final class TestTokens {

    public static final String ISSUER = "http://propertyops.test";

    private static final RSAKey SIGNING_KEY = generateKey("test-signing-key");
    private static final RSAKey FOREIGN_KEY = generateKey("test-signing-key");
    private static volatile String jwkSetUri;
    private static volatile Clock clock = Clock.systemUTC();

    private TestTokens() {
    }

    public static synchronized String jwkSetUri() {
        if (jwkSetUri == null) {
            jwkSetUri = serveJwks();
        }
        return jwkSetUri;
    }

    /** The clock tokens are issued by; a test that moves a service's clock may issue from the same one. */
    public static void useClock(Clock testClock) {
        clock = testClock;
    }

    public static Builder owner(String personId, String communityId, String... unitIds) {
        return new Builder(personId).roles("OWNER").communities(communityId).units(unitIds);
    }

    public static Builder staff(String personId, String role, String... communityIds) {
        return new Builder(personId).roles(role).communities(communityIds);
    }

    /** A client-credentials token of an integration client acting in these communities; add its scopes. */
    public static Builder integration(String clientId, String... communityIds) {
        return new Builder(clientId).roles("INTEGRATION").communities(communityIds);
    }

    /** A token builder; everything not set is left out of the token. */
    public static final class Builder {
        private final String subject;
        private final List<String> roles = new ArrayList<>();
        private final List<String> communities = new ArrayList<>();
        private final List<String> units = new ArrayList<>();
        private final List<String> scopes = new ArrayList<>();
        private String name;
        private String issuer = ISSUER;
        private Instant issuedAt = clock.instant();
        private Duration lifetime = Duration.ofMinutes(15);
        private RSAKey key = SIGNING_KEY;

        private Builder(String subject) {
            this.subject = subject;
        }

        public Builder roles(String... values) {
            roles.addAll(List.of(values));
            return this;
        }

        public Builder communities(String... values) {
            communities.addAll(List.of(values));
            return this;
        }

        public Builder units(String... values) {
            units.addAll(List.of(values));
            return this;
        }

        public Builder scopes(String... values) {
            scopes.addAll(List.of(values));
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder issuer(String value) {
            issuer = value;
            return this;
        }

        public Builder expired() {
            issuedAt = clock.instant().minus(Duration.ofHours(2));
            lifetime = Duration.ofMinutes(15);
            return this;
        }

        public Builder signedByForeignKey() {
            key = FOREIGN_KEY;
            return this;
        }

        List<String> grantedRoles() {
            return List.copyOf(roles);
        }

        List<String> grantedScopes() {
            return List.copyOf(scopes);
        }

        public String token() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .claim("roles", List.copyOf(roles))
                    .claim("community_ids", List.copyOf(communities))
                    .claim("unit_ids", List.copyOf(units));
            if (name != null) {
                claims.claim("name", name);
            }
            if (!scopes.isEmpty()) {
                claims.claim("scope", List.copyOf(scopes));
            }
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        public String bearer() {
            return "Bearer " + token();
        }
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serveJwks() {
        byte[] body = new JWKSet(SIGNING_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-stop"));
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
