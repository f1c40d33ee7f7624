package io.propertyops.testsupport;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Value;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every {@code /api/**} operation of the service's own OpenAPI document with every role, an
 * integration client without scopes and one with each scope the operation names, no token, an expired token,
 * a token signed by another key and a token from another issuer. An operation without a published access rule
 * fails the walk, so a new endpoint cannot arrive without one. Allowed callers must get past authorization (any
 * answer but 401/403), every other role gets a 403 problem, and bad tokens a 401 problem; nothing answers 5xx.
 * Path parameters are unknown ids, so an allowed caller meets the service's own 404 (or validation) rather than
 * someone else's data.
 *
 * <p>Object-level rows: a service test that overrides {@link #ownedObjects()} supplies real objects that belong
 * to someone, the path variables naming them and callers who must not reach them. Every operation whose path
 * variables an object names is then called as each of those strangers, and must answer a 404 problem, or a 403
 * problem where the stranger's role or scopes may not call the operation at all: never a 2xx, never a 5xx. The
 * object's entitled caller must read it (a 2xx whose body names the object's ids), so the 404s are about the
 * caller, not a missing object.
 *
 * <p>A public operation ({@code x-public-access}: no bearer token, its own credential such as a signature) names no
 * roles; every caller without that credential, whatever token it brings, must get a 401 problem.
 */
public abstract class AuthorizationMatrix {

    static final List<String> ROLES = List.of("OWNER", "RESIDENT", "CUSTOMER_SERVICE", "TECHNICIAN", "SUPERVISOR",
            "SECURITY_GUARD", "CLEANER", "GARDENER", "FINANCE", "PROPERTY_MANAGER", "ADMIN", "INTEGRATION");
    protected static final String COMMUNITY = "matrix-community";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Value("${local.server.port}")
    protected int port;

    record Operation(String method, String path, List<String> roles, List<String> scopes, String body) {

        List<String> pathVariables() {
            return PATH_VARIABLE.matcher(path).results().map(match -> match.group(1)).toList();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Someone the matrix calls as: a token, and the roles and scopes in it, which decide what its rule check sees. */
    public record MatrixCaller(String name, String token, Set<String> roles, Set<String> scopes) {

        public static MatrixCaller of(String name, TestTokens.Builder token) {
            return new MatrixCaller(name, token.token(), Set.copyOf(token.grantedRoles()), Set.copyOf(token.grantedScopes()));
        }

        /** Mirrors the services' access rules: one of the operation's roles, or an integration client with one of its scopes. */
        boolean mayCall(Operation op) {
            return op.roles().stream().anyMatch(roles::contains)
                    || roles.contains("INTEGRATION") && op.scopes().stream().anyMatch(scopes::contains);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A real object that belongs to someone.
     *
     * @param pathVariables the values of the path variables that name it, e.g. {@code id} → the work order's id
     * @param entitled      a caller who may read it
     * @param strangers     callers who must not reach it: someone else's owner, staff of another community,
     *                      an integration client of another community or without the scope
     */
    public record OwnedObject(String name, Map<String, String> pathVariables, MatrixCaller entitled,
                              List<MatrixCaller> strangers, String pathPrefix) {

        /** An object every operation naming its path variables reaches. */
        public OwnedObject(String name, Map<String, String> pathVariables, MatrixCaller entitled,
                           List<MatrixCaller> strangers) {
            this(name, pathVariables, entitled, strangers, null);
        }

        /**
         * The same object, reached only by the operations under {@code prefix}: where two resources share a path
         * variable (a community's SLA policy and its price list) but not who may see them.
         */
        public OwnedObject under(String prefix) {
            return new OwnedObject(name, pathVariables, entitled, strangers, prefix);
        }

        boolean names(Operation op) {
            List<String> variables = op.pathVariables();
            return !variables.isEmpty() && pathVariables.keySet().containsAll(variables)
                    && (pathPrefix == null || op.path().startsWith(pathPrefix));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Real objects for the object-level rows, created by the service test (through its API or its store) when the
     * walk starts. None by default.
     */
    protected List<OwnedObject> ownedObjects() {
        return List.of();
    }

    protected TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationWithEveryCaller() {
        TestHttp http = http();
        List<Operation> operations = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        String docs = http.get("/v3/api-docs", null).body();
        Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
        MinimalBodies bodies = new MinimalBodies(JsonPath.read(docs, "$"));
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
                boolean publicAccess = Boolean.TRUE.equals(operation.get("x-public-access"));
                // an operation only integration clients may call names scopes and no roles; a public one neither
                tests.add(DynamicTest.dynamicTest(method.toUpperCase() + " " + path + " has an access rule",
                        () -> assertThat(publicAccess ? roles != null && (!roles.isEmpty() || !scopes.isEmpty())
                                : roles == null || roles.isEmpty() && scopes.isEmpty())
                                .as("x-public-access, x-allowed-roles and x-allowed-scopes of %s %s: %s, %s, %s",
                                        method, path, publicAccess, roles, scopes)
                                .isFalse()));
                if (publicAccess) {
                    Operation op = new Operation(method, path, List.of(), List.of(), bodies.forOperation(operation));
                    tests.add(DynamicTest.dynamicTest(op + " is public and refuses every caller without its own credential",
                            () -> refusesWithoutItsOwnCredential(http, op)));
                } else if (roles != null) {
                    Operation op = new Operation(method, path, roles, scopes, bodies.forOperation(operation));
                    operations.add(op);
                    tests.add(DynamicTest.dynamicTest(op + " refuses bad tokens", () -> refusesBadTokens(http, op)));
                    for (String role : ROLES) {
                        tests.add(DynamicTest.dynamicTest(op + " as " + role, () -> checkRole(http, op, role)));
                    }
                    for (String scope : scopes) {
                        String client = "INTEGRATION with scope " + scope;
                        tests.add(DynamicTest.dynamicTest(op + " as " + client,
                                () -> assertGetsPastAuthorization(call(http, op, Map.of(), tokenForScope(scope)), op, client)));
                    }
                }
            });
        });
        for (OwnedObject object : ownedObjects()) {
            tests.addAll(objectRows(http, object, operations));
        }
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

    /** A valid token of an integration client in the matrix community with this one scope. */
    protected String tokenForScope(String scope) {
        return TestTokens.integration("matrix-client-" + UUID.randomUUID(), COMMUNITY).scopes(scope).token();
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
            TestHttp.Response response = call(http, op, Map.of(), token);
            assertThat(response.status()).as("%s with a bad token: %s", op, response).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    /**
     * A public operation lets a call through without a token, and then checks the caller's own credential (a
     * signature): without it, every caller, with any token or none, gets a 401 problem, never the operation.
     */
    private void refusesWithoutItsOwnCredential(TestHttp http, Operation op) {
        List<String> tokens = new ArrayList<>(badTokens());
        ROLES.forEach(role -> tokens.add(tokenFor(role)));
        for (String token : tokens) {
            assertProblem(call(http, op, Map.of(), token), 401, op + " without its own credential, token " + token);
        }
    }

    private void checkRole(TestHttp http, Operation op, String role) {
        TestHttp.Response response = call(http, op, Map.of(), tokenFor(role));
        if (op.roles().contains(role)) {
            assertGetsPastAuthorization(response, op, role);
        } else {
            assertProblem(response, 403, op + " as " + role + ", who is not allowed");
        }
    }

    private static List<DynamicTest> objectRows(TestHttp http, OwnedObject object, List<Operation> operations) {
        List<Operation> naming = operations.stream().filter(object::names).toList();
        List<Operation> readable = naming.stream().filter(op -> op.method().equals("get") && object.entitled().mayCall(op)).toList();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(object + " is readable by " + object.entitled() + " through some operation",
                () -> assertThat(readable).as("GET operations naming %s by %s that %s may call",
                        object, object.pathVariables().keySet(), object.entitled()).isNotEmpty()));
        for (Operation op : readable) {
            tests.add(DynamicTest.dynamicTest(op + " on " + object + " as " + object.entitled(), () -> {
                TestHttp.Response response = call(http, op, object.pathVariables(), object.entitled().token());
                assertThat(response.status()).as("%s on %s as %s: %s", op, object, object.entitled(), response).isBetween(200, 299);
                for (String variable : op.pathVariables()) {
                    assertThat(response.body()).as("%s on %s shows it", op, object).contains(object.pathVariables().get(variable));
                }
            }));
        }
        for (Operation op : naming) {
            for (MatrixCaller stranger : object.strangers()) {
                int expected = stranger.mayCall(op) ? 404 : 403;
                tests.add(DynamicTest.dynamicTest(op + " on " + object + " as " + stranger + " answers " + expected,
                        () -> assertProblem(call(http, op, object.pathVariables(), stranger.token()), expected,
                                op + " on " + object + " as " + stranger)));
            }
        }
        return tests;
    }

    private static void assertGetsPastAuthorization(TestHttp.Response response, Operation op, String who) {
        assertThat(response.status()).as("%s as allowed %s: %s", op, who, response).isLessThan(500).isNotIn(401, 403);
    }

    private static void assertProblem(TestHttp.Response response, int status, String request) {
        assertThat(response.status()).as("%s: %s", request, response).isEqualTo(status);
        assertThat(response.contentType()).as(request).startsWith("application/problem+json");
    }

    private static TestHttp.Response call(TestHttp http, Operation op, Map<String, String> pathVariables, String token) {
        Matcher variables = PATH_VARIABLE.matcher(op.path());
        String path = variables.replaceAll(variable -> Matcher.quoteReplacement(URLEncoder.encode(
                pathVariables.getOrDefault(variable.group(1), UUID.randomUUID().toString()), StandardCharsets.UTF_8)));
        HttpRequest.Builder request = http.request(path, token);
        String body = op.body();
        return http.send(switch (op.method()) {
            case "get" -> request.GET();
            case "delete" -> request.DELETE();
            default -> request.header("Content-Type", "application/json")
                    .method(op.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        });
    }
}
