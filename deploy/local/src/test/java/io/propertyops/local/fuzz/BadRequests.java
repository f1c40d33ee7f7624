package io.propertyops.local.fuzz;

import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Bad requests for the operations of the platform's OpenAPI documents. Request {@code i} of seed {@code s} is drawn
 * from its own {@code Random(s, i)}, so that it is the same request whatever was sent before it and in whatever
 * order the batch ran: a failure names its seed and index, and that is enough to send it again.
 *
 * <p>Each request starts from the operation's smallest valid body and a caller allowed to call it, and breaks one
 * thing ({@link Kind}); the rest stays valid, so the request reaches the code that must refuse the broken part.
 */
final class BadRequests {

    /** What a request breaks. */
    enum Kind {
        MISSING_FIELD, WRONG_TYPE, INJECTION, OVERSIZED_VALUE, UNKNOWN_FIELDS, HUGE_ARRAY, INVALID_UTF8,
        MALFORMED_JSON, WRONG_CONTENT_TYPE, BAD_PATH_ID, BAD_QUERY, BAD_HEADER, WRONG_METHOD
    }

    /** Someone to call as: a demo person of a role, or the demo integration client with its scopes. */
    record Caller(String name, String role, Set<String> scopes, String token) {

        boolean mayCall(ApiOperation op) {
            return op.roles().contains(role) || role.equals("INTEGRATION") && op.scopes().stream().anyMatch(scopes::contains);
        }
    }

    /** One request, ready to send. */
    record Request(long seed, int index, Kind kind, ApiOperation operation, Caller caller, String method, String target,
                   Map<String, String> headers, byte[] body) {

        /** Enough to recognise it in a failure message: which, how it was broken, and the start of its body. */
        String describe() {
            String text = new String(body, 0, Math.min(body.length, 240), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            return "#" + index + " " + kind + " " + method + " " + abbreviate(target) + " (" + operation + ") as " + caller.name()
                    + (headers.isEmpty() ? "" : " " + headers.entrySet().stream().map(h -> h.getKey() + ": " + abbreviate(h.getValue()))
                    .collect(Collectors.joining(", ", "[", "]")))
                    + (body.length == 0 ? "" : ", " + body.length + " bytes: " + text);
        }

        boolean writes() {
            return !method.equals("GET");
        }

        private static String abbreviate(String text) {
            return text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + " chars)" : text;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Raw JSON text put where a value goes: {@code "@@raw:1e400@@"} is written out as {@code 1e400}. */
    private static final String RAW = "@@raw:";

    static final List<Object> INJECTIONS = List.of(
            Map.of("$gt", ""), Map.of("$ne", ""), Map.of("$where", "sleep(5000) || true"), Map.of("$regex", ".*"),
            Map.of("$in", List.of("a", "b")), List.of(Map.of("$gt", "")),
            "$where", "{\"$gt\": \"\"}", "'; DROP TABLE work_orders; --", "' OR '1'='1", "1; sleep 5",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "${jndi:ldap://127.0.0.1:1/x}",
            "#{7*7}", "{{7*7}}", "${7*7}", "\u0000", "a\u0000b", "\r\nX-Injected: 1", "\u202Eevil", "\uD800",
            "😀😀😀", "null", "undefined", "NaN", "-0", "", " ", "__proto__", "a.b.$c", "$set");
    /** Ids for a path; none makes the request line longer than the 4 KB that the gateway's HTTP server reads. */
    private static final List<String> BAD_IDS = List.of(
            "..", ".%2e", "%2e%2e%2f%2e%2e%2factuator", "..%2F..%2Fetc%2Fpasswd", "%2F", "%5C", "%00", "%252e",
            "a;jsessionid=1", "%3B", "x%0d%0aSet-Cookie:%20a=b", "%24where", "%7B%22%24gt%22%3A%22%22%7D",
            "%27%20OR%20%271%27%3D%271", "-1", "0", "null", "undefined", "%20", "%E2%80%AE", "%F0%9F%98%80",
            "%C0%AF", "%FF", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "x".repeat(2_000),
            UUID.randomUUID().toString().toUpperCase(), "%3Cscript%3E");
    private static final List<String> BAD_QUERY_VALUES = List.of(
            "-1", "0", "2147483648", "99999999999999999999999", "1e3", "1.5", "abc", "true", "", "%00", "%FF",
            "2026-13-45T99:00:00Z", "yesterday", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "%24where", "%7B%22%24gt%22%3A%22%22%7D", "%27%20OR%201%3D1--", "%3Cscript%3E", "..%2F..%2Fetc",
            "a".repeat(3000), "CLOSED,OPEN", "%2A", ".*", "%5B%5D");
    private static final List<String> UNKNOWN_FIELD_NAMES = List.of("$set", "$where", "_id", "_class", "__proto__",
            "constructor", "id", "version", "status", "createdBy", "@type", "@class", "pendingEvents", "roles", "admin");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/octet-stream",
            "image/png", "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "*/*",
            "application/", "garbage", "application/problem+json", "text/json", "");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final long seed;
    private final List<ApiOperation> operations;
    private final List<Caller> callers;
    private final BiFunction<String, String, String> realIds;
    private final Map<String, Set<String>> methodsByPath;

    /**
     * @param operations the operations to draw from: each must have at least one caller
     * @param realIds    an id of an existing object for a path and one of its path variables, or null: half the
     *                   requests use it so that they get past "not found" to the code that reads the rest
     */
    BadRequests(long seed, List<ApiOperation> operations, List<Caller> callers, BiFunction<String, String, String> realIds) {
        this.seed = seed;
        this.operations = operations;
        this.callers = callers;
        this.realIds = realIds;
        this.methodsByPath = operations.stream().collect(Collectors.groupingBy(ApiOperation::path,
                Collectors.mapping(ApiOperation::method, Collectors.toSet())));
    }

    Request get(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        ApiOperation op = operations.get(random.nextInt(operations.size()));
        List<Caller> allowed = callers.stream().filter(caller -> caller.mayCall(op)).toList();
        Caller caller = allowed.get(random.nextInt(allowed.size()));
        List<Kind> kinds = applicable(op);
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        Draft draft = new Draft(op, random);
        draft.breakIt(kind);
        return new Request(seed, index, kind, op, caller, draft.method, draft.target(), draft.headers, draft.body);
    }

    private static List<Kind> applicable(ApiOperation op) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.BAD_QUERY, Kind.BAD_HEADER, Kind.WRONG_METHOD));
        if (!op.parameters("path").isEmpty()) {
            kinds.addAll(List.of(Kind.BAD_PATH_ID, Kind.BAD_PATH_ID));
        }
        if (op.takesBody()) {
            kinds.addAll(List.of(Kind.MALFORMED_JSON, Kind.WRONG_CONTENT_TYPE, Kind.INVALID_UTF8));
        }
        if (op.takesJson()) {
            kinds.addAll(List.of(Kind.MISSING_FIELD, Kind.WRONG_TYPE, Kind.WRONG_TYPE, Kind.INJECTION, Kind.INJECTION,
                    Kind.OVERSIZED_VALUE, Kind.UNKNOWN_FIELDS, Kind.HUGE_ARRAY));
        }
        return kinds;
    }

    /** A valid request of the operation being broken in one place. */
    private final class Draft {

        final ApiOperation op;
        final Random random;
        String method;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];

        Draft(ApiOperation op, Random random) {
            this.op = op;
            this.random = random;
            this.method = op.method();
            for (ApiOperation.Parameter parameter : op.parameters("path")) {
                String real = realIds.apply(op.path(), parameter.name());
                pathValues.put(parameter.name(), real != null && random.nextBoolean() ? real : validValue(parameter));
            }
            for (ApiOperation.Parameter parameter : op.parameters("query")) {
                if (parameter.required() || random.nextBoolean()) {
                    String real = realIds.apply(op.path(), parameter.name());
                    query.put(parameter.name(), real != null ? real : encode(validValue(parameter)));
                }
            }
            if (op.takesJson()) {
                headers.put("Content-Type", "application/json");
                body = op.validBody().getBytes(StandardCharsets.UTF_8);
            } else if (op.takesBody()) {
                headers.put("Content-Type", op.bodyMediaType());
                body = new byte[64 + random.nextInt(512)];
                random.nextBytes(body);
            }
        }

        String target() {
            String path = op.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return query.isEmpty() ? path : path + query.entrySet().stream().map(q -> q.getKey() + "=" + q.getValue())
                    .collect(Collectors.joining("&", "?", ""));
        }

        void breakIt(Kind kind) {
            switch (kind) {
                case MISSING_FIELD -> body(remove(validBody()));
                case WRONG_TYPE -> body(replace(validBody(), this::wrongType));
                case INJECTION -> body(replace(validBody(), schema -> pick(INJECTIONS)));
                case OVERSIZED_VALUE -> body(replace(validBody(), schema -> oversized()));
                case UNKNOWN_FIELDS -> body(unknownFields(validBody()));
                case HUGE_ARRAY -> body(hugeArray(validBody()));
                case INVALID_UTF8 -> body = invalidUtf8(body);
                case MALFORMED_JSON -> body = malformed(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                case WRONG_CONTENT_TYPE -> wrongContentType();
                case BAD_PATH_ID -> pathValues.put(pick(new ArrayList<>(pathValues.keySet())), pick(BAD_IDS));
                case BAD_QUERY -> badQuery();
                case BAD_HEADER -> badHeader();
                case WRONG_METHOD -> wrongMethod();
            }
        }

        private String validValue(ApiOperation.Parameter parameter) {
            Map<String, Object> schema = op.schemas().resolve(parameter.schema());
            if (schema.get("example") != null) {
                return schema.get("example").toString();
            }
            if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
                return values.get(random.nextInt(values.size())).toString();
            }
            if (schema.get("pattern") instanceof String pattern && pattern.matches("[\\w-]+(\\|[\\w-]+)+")) {
                return pattern.split("\\|")[0];
            }
            return switch (op.schemas().type(schema)) {
                case "integer", "number" -> String.valueOf(random.nextInt(20));
                case "boolean" -> String.valueOf(random.nextBoolean());
                default -> "date-time".equals(schema.get("format")) ? "2026-11-01T00:00:00Z" : UUID.randomUUID().toString();
            };
        }

        private Object validBody() {
            return JSON.readValue(op.validBody(), Object.class);
        }

        private void body(Object value) {
            String json = JSON.writeValueAsString(value);
            // raw literals that a Map cannot hold, e.g. a number too large for any Java type
            json = json.replaceAll("\"" + RAW + "(.*?)@@\"", "$1");
            body = json.getBytes(StandardCharsets.UTF_8);
        }

        private List<Object> somePath() {
            List<List<Object>> paths = op.schemas().propertyPaths(op.bodySchema());
            return paths.isEmpty() ? List.of("fuzz") : paths.get(random.nextInt(paths.size()));
        }

        private Object remove(Object value) {
            if (!(value instanceof Map<?, ?> map) || map.isEmpty() || random.nextInt(5) == 0) {
                return Map.of();
            }
            List<Object> path = somePath();
            set(value, path, random.nextBoolean() ? null : REMOVED);
            return value;
        }

        private Object replace(Object value, java.util.function.Function<Map<String, Object>, Object> with) {
            List<Object> path = somePath();
            Object replacement = with.apply(op.schemas().at(op.bodySchema(), path));
            if (!(value instanceof Map<?, ?>)) {
                return replacement;
            }
            set(value, path, replacement);
            return value;
        }

        private Object wrongType(Map<String, Object> schema) {
            return switch (op.schemas().type(schema)) {
                case "integer", "number" -> pick(List.of("abc", "12", 1.5, RAW + "1e400@@", RAW + "99999999999999999999999999@@",
                        -1, Integer.MIN_VALUE, Long.MAX_VALUE, true, List.of(1), Map.of(), RAW + "-0.0000000000000000001@@"));
                case "boolean" -> pick(List.of("yes", 1, "true", List.of(), Map.of("$ne", false)));
                case "array" -> pick(List.of("x", Map.of(), 1, List.of(List.of(List.of())), Arrays.asList(null, null)));
                case "object" -> pick(List.of("x", List.of(), 1, true, Map.of("$where", "1")));
                default -> "date-time".equals(schema.get("format"))
                        ? pick(List.of("2026-13-45T99:00:00Z", "yesterday", 1700000000, "+999999999-12-31T23:59:59Z", ""))
                        : pick(List.of(42, true, List.of(), Map.of(), 1.5e308, RAW + "1e400@@"));
            };
        }

        private Object oversized() {
            int length = pick(List.of(300, 2_000, 70_000, 300_000));
            return pick(List.of("x", "界", "😀", "\\")).repeat(length);
        }

        private Object unknownFields(Object value) {
            Map<String, Object> extra = new LinkedHashMap<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                extra.put(pick(UNKNOWN_FIELD_NAMES), pick(List.of("CLOSED", Map.of("status", "CLOSED"), true, "java.lang.Runtime",
                        List.of("ADMIN"), -1, UUID.randomUUID().toString())));
            }
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) map;
                body.putAll(extra);
                return body;
            }
            return extra;
        }

        private Object hugeArray(Object value) {
            int size = pick(List.of(1_000, 20_000, 60_000));
            Object item = pick(List.of(1, "x", Map.of(), validBody()));
            List<Object> huge = new ArrayList<>(size);
            for (int i = 0; i < size && (item instanceof Map<?, ?> map ? map.size() * (long) i < 4_000 : true); i++) {
                huge.add(item);
            }
            if (!(value instanceof Map<?, ?>) || random.nextInt(4) == 0) {
                return huge;
            }
            set(value, somePath(), huge);
            return value;
        }

        private byte[] invalidUtf8(byte[] valid) {
            byte[] bad = pick(List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                    new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80}));
            String text = new String(valid, StandardCharsets.UTF_8);
            int at = text.indexOf(":\"");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (at < 0) {
                out.writeBytes("{\"fuzz\":\"".getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bad);
                out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            }
            int split = text.substring(0, at + 2).getBytes(StandardCharsets.UTF_8).length;
            out.write(valid, 0, split);
            out.writeBytes(bad);
            out.write(valid, split, valid.length - split);
            return out.toByteArray();
        }

        private String malformed(String valid) {
            return switch (random.nextInt(16)) {
                case 0 -> valid.substring(0, random.nextInt(Math.max(1, valid.length())));
                case 1 -> valid + "}garbage";
                case 2 -> "";
                case 3 -> pick(List.of("null", "[]", "\"text\"", "42", "true", "[{}]"));
                case 4 -> "[".repeat(5_000) + "]".repeat(5_000);
                case 5 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
                case 6 -> valid.replaceFirst(":\\s*(\"[^\"]*\"|[-\\d.]+|true|false)", ":NaN");
                case 7 -> "\uFEFF" + valid;
                case 8 -> "/* comment */" + valid;
                case 9 -> valid.replace('"', '\'');
                case 10 -> "{\"n\":" + "9".repeat(5_000) + "}";
                case 11 -> "{\"" + "k".repeat(100_000) + "\":1}";
                case 12 -> valid.replaceFirst("\\{", "{\"a\":1,\"a\":2,");
                case 13 -> valid.replaceFirst("\"", "\"\\u");
                case 14 -> valid.replace(",", ",,");
                default -> "\"" + "\\".repeat(3) + "\"";
            };
        }

        private void wrongContentType() {
            String type = pick(WRONG_CONTENT_TYPES);
            if (type.isEmpty()) {
                headers.remove("Content-Type");
            } else {
                headers.put("Content-Type", type);
            }
            if (type.contains("xml")) {
                body = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                        .getBytes(StandardCharsets.UTF_8);
            } else if (type.contains("form")) {
                body = "status=CLOSED&title=%E5%8E%A8&$where=1".getBytes(StandardCharsets.UTF_8);
            } else if (type.contains("ISO-8859-1")) {
                body = new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            }
        }

        private void badQuery() {
            List<String> names = new ArrayList<>(query.keySet());
            op.parameters("query").forEach(p -> names.add(p.name()));
            switch (names.isEmpty() ? 3 : random.nextInt(4)) {
                case 0, 1 -> query.put(pick(names), pick(BAD_QUERY_VALUES));
                case 2 -> query.put(pick(names) + pick(List.of("%5B%24ne%5D", "%5B%24gt%5D", "%5B%5D", ".$where")), "1");
                default -> query.put(pick(List.of("sort", "page", "size", "$where", "fields", "filter")),
                        pick(BAD_QUERY_VALUES));
            }
        }

        private void badHeader() {
            String name = pick(List.of("If-Match", "If-Match", "Idempotency-Key", "Idempotency-Key", "Accept-Language",
                    "If-None-Match", "traceparent"));
            headers.put(name, pick(List.of("\"abc\"", "W/\"-1\"", "*", "\"99999999999999999999999\"", "x".repeat(6_000),
                    "\"1\", \"2\"", "../../etc", "$where", "%00", "\"-1\"", "zz-ZZ;q=abc", "00-zz-zz-01")));
        }

        private void wrongMethod() {
            List<String> others = METHODS.stream().filter(m -> !methodsByPath.get(op.path()).contains(m)).toList();
            if (others.isEmpty()) {
                badQuery();
                return;
            }
            method = pick(others);
            if (method.equals("GET") || method.equals("DELETE")) {
                body = new byte[0];
                headers.remove("Content-Type");
            }
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private static final Object REMOVED = new Object();

    /** Sets (or, with {@link #REMOVED}, removes) the value at a path, making the objects and arrays on the way. */
    @SuppressWarnings("unchecked")
    private static void set(Object root, List<Object> path, Object value) {
        Object node = root;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            if (step instanceof String name && node instanceof Map<?, ?> map) {
                Map<String, Object> object = (Map<String, Object>) map;
                if (last) {
                    if (value == REMOVED) {
                        object.remove(name);
                    } else {
                        object.put(name, value);
                    }
                    return;
                }
                Object next = object.get(name);
                if (!(next instanceof Map<?, ?>) && !(next instanceof List<?>)) {
                    next = path.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
                    object.put(name, next);
                }
                node = next;
            } else if (step instanceof Integer && node instanceof List<?> list) {
                List<Object> array = (List<Object>) list;
                if (array.isEmpty()) {
                    array.add(new LinkedHashMap<>());
                }
                if (last) {
                    array.set(0, value == REMOVED ? null : value);
                    return;
                }
                node = array.getFirst();
            } else {
                return;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
