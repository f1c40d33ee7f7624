package io.propertyops.security;

import io.propertyops.testsupport.ServiceTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.TestSocketUtils;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service running for real, seeded from {@code src/test/resources/demo/estate.json}, with the demo
 * integration client. Every test class extending this one shares one application context.
 *
 * <p>The issuer must be the server's own URL, known before the context starts, so the port is chosen up front
 * instead of letting the server pick one.
 */
@ServiceTest
@TestPropertySource(properties = {
        "propertyops.demo.data-file=classpath:demo/estate.json",
        "propertyops.demo.password=" + SecurityServiceTest.DEMO_PASSWORD,
        "propertyops.demo.integration-client-secret=" + SecurityServiceTest.INTEGRATION_SECRET,
})
public abstract class SecurityServiceTest {

    public static final String DEMO_PASSWORD = "demo-password-for-tests";
    public static final String INTEGRATION_SECRET = "integration-secret-for-tests";

    public static final String APP = "propertyops-app";
    public static final String PORTAL = "propertyops-portal";
    public static final String INTEGRATION_CLIENT = "propertyops-integration-demo";
    public static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

    public static final String COMMUNITY = "c0000000-0000-4000-8000-000000000001";
    public static final String OWNER_ID = "p0000000-0000-4000-8000-000000000001";
    public static final String OWNER_USERNAME = "13800000001";
    public static final String OWNER_UNIT = "u0000000-0000-4000-8000-000000000101";
    public static final String TECHNICIAN_ID = "p0000000-0000-4000-8000-000000000003";
    public static final String TECHNICIAN_USERNAME = "zhouqiang";

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();

    @DynamicPropertySource
    static void ownUrlAsIssuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", SecurityServiceTest::issuer);
    }

    public static String issuer() {
        return "http://127.0.0.1:" + PORT;
    }

    public static URI server() {
        return URI.create(issuer());
    }

    /** The token endpoint's answer to a grant it no longer honours, e.g. a revoked refresh token. */
    public static void assertInvalidGrant(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_grant");
    }
}
