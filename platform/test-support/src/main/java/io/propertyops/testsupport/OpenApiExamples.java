package io.propertyops.testsupport;

import com.jayway.jsonpath.JsonPath;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client needs from an OpenAPI document to call every {@code /api/**} operation without reading the code,
 * as gaps:
 * <ul>
 *   <li>each operation has an operationId, a summary, a documented 2xx, and a documented 4xx besides the 401 and
 *       403 that the access rules add to all of them; a 4xx body, if any, is a problem document;</li>
 *   <li>every value of a JSON request body has an example, its own or an enclosing schema's, or is an enum, a
 *       date-time or a uuid; a map needs its own example, since its keys are data;</li>
 *   <li>the scalar properties of each 2xx JSON response's top-level schema (its items' for an array) have one too.</li>
 * </ul>
 *
 * <p>Responses are held to their top level only: nested objects are either views that are the top level of
 * another operation, or domain records that carry no OpenAPI annotations, which the document cannot tell apart.
 */
public final class OpenApiExamples {

    private static final Set<String> SELF_DESCRIBING_FORMATS = Set.of("date-time", "uuid");
    private static final Set<String> ACCESS_RULE_CODES = Set.of("401", "403");

    private final Map<String, Object> document;
    private final List<String> gaps = new ArrayList<>();

    private OpenApiExamples(Map<String, Object> document) {
        this.document = document;
    }

    /** The gaps of the document, one line each naming the operation and where in it; empty when it is complete. */
    public static List<String> gaps(String documentJson) {
        OpenApiExamples check = new OpenApiExamples(JsonPath.read(documentJson, "$"));
        Map<String, Object> paths = map(check.document.get("paths"));
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/")) {
                map(methods).forEach((method, operation) ->
                        check.operation(method.toUpperCase() + " " + path, map(operation)));
            }
        });
        return check.gaps;
    }

    private void operation(String name, Map<String, Object> operation) {
        if (blank(operation.get("operationId"))) {
            gaps.add(name + ": no operationId");
        }
        if (blank(operation.get("summary"))) {
            gaps.add(name + ": no summary");
        }
        Map<String, Object> responses = map(operation.get("responses"));
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            gaps.add(name + ": no 2xx response documented");
        }
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("4") && !ACCESS_RULE_CODES.contains(code))) {
            gaps.add(name + ": no 4xx response documented besides 401 and 403");
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("4") && !map(map(response).get("content")).keySet().stream()
                    .allMatch("application/problem+json"::equals)) {
                gaps.add(name + " " + code + " response: a body other than application/problem+json");
            }
        });
        jsonMediaTypes(map(operation.get("requestBody"))).forEach(mediaType -> {
            if (!mediaType.containsKey("example") && !mediaType.containsKey("examples")) {
                exemplified(map(mediaType.get("schema")), name + " request body", new HashSet<>());
            }
        });
        responses.forEach((code, response) -> {
            if (code.startsWith("2")) {
                jsonMediaTypes(map(response)).forEach(mediaType ->
                        topLevelScalars(map(mediaType.get("schema")), name + " " + code + " response"));
            }
        });
    }

    private void exemplified(Map<String, Object> schema, String where, Set<String> refsOnTheWay) {
        if (schema.containsKey("examples") || exemplified(schema)) {
            return;
        }
        if (schema.get("$ref") instanceof String ref) {
            if (refsOnTheWay.add(ref)) {
                exemplified(resolve(ref), where, refsOnTheWay);
                refsOnTheWay.remove(ref);
            }
            return;
        }
        if (schema.get("allOf") instanceof List<?> parts) {
            parts.forEach(part -> exemplified(map(part), where, refsOnTheWay));
            return;
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            exemplified(map(items), where + "[]", refsOnTheWay);
        } else if (schema.get("properties") instanceof Map<?, ?> properties) {
            map(properties).forEach((property, value) -> exemplified(map(value), where + "." + property, refsOnTheWay));
        } else if (schema.containsKey("additionalProperties")) {
            gaps.add(where + ": a map without an example");
        } else {
            gaps.add(where + ": no example");
        }
    }

    private void topLevelScalars(Map<String, Object> schema, String where) {
        Map<String, Object> top = dereferenced(schema);
        if (top.get("items") instanceof Map<?, ?> items) {
            top = dereferenced(map(items));
        }
        if (top.containsKey("example") || !(top.get("properties") instanceof Map<?, ?> properties)) {
            return;
        }
        map(properties).forEach((property, value) -> {
            Map<String, Object> scalar = map(value);
            boolean nested = scalar.containsKey("$ref") || scalar.containsKey("allOf") || scalar.containsKey("items")
                    || scalar.containsKey("properties") || scalar.containsKey("additionalProperties");
            if (!nested && !exemplified(scalar)) {
                gaps.add(where + "." + property + ": no example");
            }
        });
    }

    private static boolean exemplified(Map<String, Object> schema) {
        return schema.containsKey("example") || schema.containsKey("enum")
                || schema.get("format") instanceof String format && SELF_DESCRIBING_FORMATS.contains(format);
    }

    private Map<String, Object> dereferenced(Map<String, Object> schema) {
        return schema.get("$ref") instanceof String ref ? dereferenced(resolve(ref)) : schema;
    }

    private Map<String, Object> resolve(String ref) {
        Object node = document;
        for (String key : ref.substring(2).split("/")) {
            node = map(node).get(key);
        }
        return map(node);
    }

    /** JSON bodies, including springdoc's {@code *}/{@code *} for a body Jackson writes without a declared type. */
    private static List<Map<String, Object>> jsonMediaTypes(Map<String, Object> body) {
        return map(body.get("content")).entrySet().stream()
                .filter(type -> type.getKey().equals("application/json") || type.getKey().equals("*/*")
                        || type.getKey().endsWith("+json"))
                .map(type -> map(type.getValue()))
                .toList();
    }

    private static boolean blank(Object value) {
        return !(value instanceof String text) || text.isBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
