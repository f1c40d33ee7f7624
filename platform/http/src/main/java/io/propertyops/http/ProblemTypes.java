package io.propertyops.http;

import java.net.URI;

/**
 * RFC 9457 problem types: each is {@code https://propertyops.io/problems/<code>}, and the document carries the
 * {@code code} too. Domain problems name their own codes (e.g. {@code validation-failed}, {@code stale-version});
 * these are the ones the gateway and every service answer alike.
 */
public final class ProblemTypes {

    public static final String BASE = "https://propertyops.io/problems/";

    public static final String BAD_REQUEST = "bad-request";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String BAD_GATEWAY = "bad-gateway";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";

    /** What a 401 says, from the gateway or a service. */
    public static final String UNAUTHORIZED_DETAIL = "A valid, unexpired bearer token from the PropertyOps issuer is required";

    /** What a 403 for a role says, from the gateway or a service. */
    public static final String FORBIDDEN_DETAIL = "Your role may not do this";

    private ProblemTypes() {
    }

    public static URI uri(String code) {
        return URI.create(BASE + code);
    }

    /** The code of a problem known only by its status, such as the web stack's own refusals. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? "client-error" : "server-error";
        };
    }
}
