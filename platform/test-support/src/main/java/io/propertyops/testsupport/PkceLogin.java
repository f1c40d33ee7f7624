package io.propertyops.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in the way the app or a script does: authorization code with PKCE (S256) through the login form, then
 * the code exchange at the token endpoint. One instance is one browser: it keeps its cookies (the login session)
 * and never follows a redirect by itself, so every hop can be checked.
 *
 * <p>{@link #against(URI)} talks to a server directly, or to the gateway in an end-to-end test.
 * {@link #behindProxy(URI, URI)} plays the gateway: it sends {@code X-Forwarded-*} headers that name the public
 * URL, expects every redirect to point at that public URL, and carries each hop back to the server.
 */
public final class PkceLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI server;
    private final URI publicBase;
    private final HttpClient http;

    private PkceLogin(URI server, URI publicBase) {
        this.server = withoutTrailingSlash(server);
        this.publicBase = withoutTrailingSlash(publicBase);
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A browser talking to this base URL, which is also the public one. */
    public static PkceLogin against(URI server) {
        return new PkceLogin(server, server);
    }

    /** A browser behind a proxy: requests go to {@code server} and claim, by X-Forwarded headers, to be for {@code publicBase}. */
    public static PkceLogin behindProxy(URI server, URI publicBase) {
        return new PkceLogin(server, publicBase);
    }

    /** A fresh authorization request with its own PKCE verifier and state. */
    public AuthorizationRequest request(String clientId, String redirectUri, String scope) {
        return new AuthorizationRequest(clientId, redirectUri, scope, randomToken(32), randomToken(16), true);
    }

    /** The whole sign-in: authorize through the login form, exchange the code, return the tokens. */
    public Tokens login(String clientId, String redirectUri, String scope, String username, String password) {
        AuthorizationRequest request = request(clientId, redirectUri, scope);
        Authorization authorization = authorize(request, username, password);
        String code = authorization.code().orElseThrow(() -> new AssertionError(
                "no authorization code for " + username + "; ended at " + authorization.finalLocation()
                        + " after " + authorization.redirects()));
        return Tokens.of(exchange(request, code));
    }

    /**
     * Follows the authorization request through the login form (when the browser is not signed in yet) until the
     * server redirects to the client's redirect URI, or gives up on the form after a refused login.
     */
    public Authorization authorize(AuthorizationRequest request, String username, String password) {
        List<URI> redirects = new ArrayList<>();
        URI next = request.uri(publicBase);
        boolean credentialsSent = false;
        for (int hop = 0; hop < 10; hop++) {
            if (next.toString().startsWith(request.redirectUri())) {
                return new Authorization(next, redirects);
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(toServer(next)).GET(), next);
            if (isRedirect(response)) {
                next = location(response, next);
                redirects.add(next);
            } else if (response.statusCode() == 200 && loginForm(response).isPresent()) {
                if (credentialsSent) {
                    return new Authorization(next, redirects); // the form again: the login was refused
                }
                HttpResponse<String> posted = send(HttpRequest.newBuilder(toServer(next))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of("username", username, "password", password, "_csrf", loginForm(response).get()))), next);
                credentialsSent = true;
                if (!isRedirect(posted)) {
                    throw new AssertionError("login answered " + posted.statusCode() + ": " + posted.body());
                }
                next = location(posted, next);
                redirects.add(next);
            } else {
                throw new AssertionError("unexpected " + response.statusCode() + " at " + next + ": " + response.body());
            }
        }
        throw new AssertionError("too many redirects: " + redirects);
    }

    /** The code exchange: {@code POST /oauth2/token} with the code verifier and no client secret. */
    public HttpResponse<String> exchange(AuthorizationRequest request, String code) {
        return post("/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", request.redirectUri(),
                "client_id", request.clientId(),
                "code_verifier", request.codeVerifier()));
    }

    /** A public client's refresh: {@code client_id} and the refresh token, no secret. */
    public HttpResponse<String> refresh(String clientId, String refreshToken) {
        return post("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
    }

    /** A public client's token revocation (RFC 7009): {@code client_id} and the token, no secret. */
    public HttpResponse<String> revoke(String clientId, String token) {
        return post("/oauth2/revoke", Map.of("token", token, "client_id", clientId));
    }

    /** OpenID Connect RP-initiated logout, sent by this browser, so with its login session. */
    public HttpResponse<String> logout(String idTokenHint) {
        URI logout = URI.create(publicBase + "/connect/logout?id_token_hint=" + encode(idTokenHint));
        return send(HttpRequest.newBuilder(toServer(logout)).GET(), logout);
    }

    private HttpResponse<String> post(String path, Map<String, String> parameters) {
        URI endpoint = URI.create(publicBase + path);
        return send(HttpRequest.newBuilder(toServer(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(form(parameters)), endpoint);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI publicUri) {
        if (!publicBase.equals(server)) {
            int port = publicUri.getPort() != -1 ? publicUri.getPort() : "https".equals(publicUri.getScheme()) ? 443 : 80;
            request.header("X-Forwarded-Proto", publicUri.getScheme())
                    .header("X-Forwarded-Host", publicUri.getHost() + ":" + port)
                    .header("X-Forwarded-Port", String.valueOf(port));
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI toServer(URI publicUri) {
        String text = publicUri.toString();
        if (!text.startsWith(publicBase.toString())) {
            throw new AssertionError(publicUri + " does not point at the public URL " + publicBase);
        }
        return URI.create(server + text.substring(publicBase.toString().length()));
    }

    private static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302 || response.statusCode() == 303 || response.statusCode() == 301;
    }

    private static URI location(HttpResponse<?> response, URI current) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("redirect without Location from " + current));
        return current.resolve(location);
    }

    private static Optional<String> loginForm(HttpResponse<String> response) {
        Matcher csrf = CSRF.matcher(response.body());
        return csrf.find() ? Optional.of(csrf.group(1) != null ? csrf.group(1) : csrf.group(2)) : Optional.empty();
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> parameters) {
        return HttpRequest.BodyPublishers.ofString(parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    /**
     * An authorization request. {@code withPkce = false} leaves the code challenge out, which the server must refuse.
     */
    public record AuthorizationRequest(String clientId, String redirectUri, String scope, String codeVerifier,
                                       String state, boolean withPkce) {

        public AuthorizationRequest withoutPkce() {
            return new AuthorizationRequest(clientId, redirectUri, scope, codeVerifier, state, false);
        }

        public String codeChallenge() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public URI uri(URI base) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("response_type", "code");
            parameters.put("client_id", clientId);
            parameters.put("redirect_uri", redirectUri);
            parameters.put("scope", scope);
            parameters.put("state", state);
            if (withPkce) {
                parameters.put("code_challenge", codeChallenge());
                parameters.put("code_challenge_method", "S256");
            }
            return URI.create(base + "/oauth2/authorize?" + parameters.entrySet().stream()
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&")));
        }
    }

    /**
     * Where the authorization ended: at the client's redirect URI with a code or an error, or at the login form.
     *
     * @param redirects every Location the server answered with, in order
     */
    public record Authorization(URI finalLocation, List<URI> redirects) {

        public Optional<String> code() {
            return parameter("code");
        }

        public Optional<String> error() {
            return parameter("error");
        }

        public Optional<String> state() {
            return parameter("state");
        }

        public Optional<String> parameter(String name) {
            String query = finalLocation.getRawQuery();
            if (query == null) {
                return Optional.empty();
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        }
    }

    /** A token response. */
    public record Tokens(String accessToken, String refreshToken, String idToken, String scope, String tokenType, long expiresIn) {

        public static Tokens of(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                throw new AssertionError("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return new Tokens(text(body, "access_token"), text(body, "refresh_token"), text(body, "id_token"),
                    text(body, "scope"), text(body, "token_type"), body.path("expires_in").asLong());
        }

        private static String text(JsonNode body, String field) {
            JsonNode value = body.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }
}
