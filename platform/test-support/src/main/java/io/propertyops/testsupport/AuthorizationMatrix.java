package io.propertyops.testsupport;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Value;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every {@code /api/**} operation of the service's own OpenAPI document with every role, an
 * integration client without scopes, no token, an expired token, a token signed by another key and a token
 * from another issuer. An operation without a published access rule fails the walk, so a new endpoint cannot
 * arrive without one. Allowed roles must get past authorization (any answer but 401/403), every other role
 * gets a 403 problem, and bad tokens a 401 problem; nothing answers 5xx. Path parameters are unknown ids,
 * so an allowed caller meets the service's own 404 (or validation) rather than someone else's data.
 */
public abstract class AuthorizationMatrix {

    static final List<String> ROLES = List.of("OWNER", "RESIDENT", "CUSTOMER_SERVICE", "TECHNICIAN", "SUPERVISOR",
            "SECURITY_GUARD", "CLEANER", "GARDENER", "FINANCE", "PROPERTY_MANAGER", "ADMIN", "INTEGRATION");
    protected static final String COMMUNITY = "matrix-community";

    @Value("${local.server.port}")
    protected int port;

    record Operation(String method, String path, List<String> roles, List<String> scopes) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationWithEveryCaller() {
        TestHttp http = TestHttp.at("http://localhost:" + port);
        String docs = http.get("/v3/api-docs", null).body();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        List<DynamicTest> tests = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            methods.forEach((method, operationObject) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) operationObject;
                @SuppressWarnings("unchecked")
                List<String> roles = (List<String>) operation.get("x-allowed-roles");
                @SuppressWarnings("unchecked")
                List<String> scopes = (List<String>) operation.getOrDefault("x-allowed-scopes", List.of());
                tests.add(DynamicTest.dynamicTest(method.toUpperCase() + " " + path + " has an access rule",
                        () -> assertThat(roles).as("x-allowed-roles of %s %s", method, path).isNotNull().isNotEmpty()));
                if (roles != null) {
                    Operation op = new Operation(method, path, roles, scopes);
                    tests.add(DynamicTest.dynamicTest(op + " refuses bad tokens", () -> refusesBadTokens(http, op)));
                    for (String role : ROLES) {
                        tests.add(DynamicTest.dynamicTest(op + " as " + role, () -> checkRole(http, op, role)));
                    }
                }
            });
        });
        return tests.stream();
    }

    /** A valid token of the service's issuer for a caller with this one role in the matrix community. */
    protected String tokenFor(String role) {
        TestTokens.Builder token = TestTokens.staff("matrix-" + UUID.randomUUID(), role, COMMUNITY);
        if (role.equals("OWNER") || role.equals("RESIDENT")) {
            token.units("matrix-unit");
        }
        return token.token();
    }

    /** Tokens every operation must refuse with 401: none, expired, signed by a stranger's key, another issuer's. */
    protected List<String> badTokens() {
        List<String> tokens = new ArrayList<>();
        tokens.add(null);
        tokens.add(TestTokens.staff("matrix-admin", "ADMIN", COMMUNITY).expired().token());
        tokens.add(TestTokens.staff("matrix-admin", "ADMIN", COMMUNITY).signedByForeignKey().token());
        tokens.add(TestTokens.staff("matrix-admin", "ADMIN", COMMUNITY).issuer("https://issuer.example").token());
        tokens.add("not.a.jwt");
        return tokens;
    }

    private void refusesBadTokens(TestHttp http, Operation op) {
        for (String token : badTokens()) {
            TestHttp.Response response = call(http, op, token);
            assertThat(response.status()).as("%s with a bad token: %s", op, response).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private void checkRole(TestHttp http, Operation op, String role) {
        TestHttp.Response response = call(http, op, tokenFor(role));
        assertThat(response.status()).as("%s as %s: %s", op, role, response).isLessThan(500);
        if (op.roles().contains(role)) {
            assertThat(response.status()).as("%s as allowed %s: %s", op, role, response).isNotIn(401, 403);
        } else {
            assertThat(response.status()).as("%s as %s, who is not allowed: %s", op, role, response).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static TestHttp.Response call(TestHttp http, Operation op, String token) {
        String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpRequest.Builder request = http.request(path, token);
        String body = "{}";
        return http.send(switch (op.method()) {
            case "get" -> request.GET();
            case "delete" -> request.DELETE();
            default -> request.header("Content-Type", "application/json")
                    .method(op.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        });
    }
}
