package io.propertyops.security;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The authorization matrix of security-service's own API. Tokens come from the service's own signing key,
 * since it trusts no other issuer.
 */
@ServiceTest
class SecurityAuthorizationMatrixTest extends AuthorizationMatrix {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();

    @DynamicPropertySource
    static void ownUrlAsIssuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", SecurityAuthorizationMatrixTest::issuer);
    }

    static String issuer() {
        return "http://127.0.0.1:" + PORT;
    }

    @Autowired
    JwtEncoder encoder;

    String mint(String role, Instant issuedAt, String issuer) {
        return ServerTokens.mint(encoder, issuer, issuedAt, "matrix-" + UUID.randomUUID(), List.of(role),
                List.of(COMMUNITY), List.of());
    }

    @Override
    protected String tokenFor(String role) {
        return mint(role, Instant.now(), issuer());
    }

    @Override
    protected List<String> badTokens() {
        List<String> tokens = new ArrayList<>();
        tokens.add(null);
        tokens.add(mint("ADMIN", Instant.now().minus(Duration.ofHours(2)), issuer()));
        tokens.add(mint("ADMIN", Instant.now(), "https://issuer.example"));
        tokens.add(TestTokens.staff("matrix-admin", "ADMIN", COMMUNITY).issuer(issuer()).token());
        tokens.add("not.a.jwt");
        return tokens;
    }
}
