package io.propertyops.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The smallest request body an OpenAPI document says is valid: every required property, filled from its example,
 * its first enum value, or a plain value of its type. The authorization matrix sends it so that a foreign caller's
 * request gets past validation and is judged by who asks, not by a missing field; the end-to-end fuzzer starts each
 * bad request from it.
 */
public final class MinimalBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> document;

    public MinimalBodies(Map<String, Object> document) {
        this.document = document;
    }

    /** The body for an operation object of the document, {@code {}} when it declares none. */
    public String forOperation(Map<String, Object> operation) {
        Object schema = at(operation, "requestBody", "content", "application/json", "schema");
        return schema instanceof Map<?, ?> map ? JSON.writeValueAsString(value(cast(map), 0)) : "{}";
    }

    private Object value(Map<String, Object> schema, int depth) {
        if (schema.get("$ref") instanceof String ref) {
            return value(cast(at(document, ref.substring(2).split("/"))), depth + 1);
        }
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.getFirst();
        }
        Object declared = schema.get("type");
        String type = declared instanceof List<?> types
                ? types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string")
                : declared == null ? "object" : declared.toString();
        return switch (type) {
            case "boolean" -> true;
            case "integer", "number" -> schema.getOrDefault("minimum", 1);
            case "array" -> schema.get("minItems") instanceof Number n && n.intValue() > 0 && depth < 5
                    ? List.of(value(cast(schema.get("items")), depth + 1)) : List.of();
            case "object" -> object(schema, depth);
            default -> "m".repeat(Math.max(6, ((Number) schema.getOrDefault("minLength", 1)).intValue()));
        };
    }

    private Map<String, Object> object(Map<String, Object> schema, int depth) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (depth > 5 || !(schema.get("properties") instanceof Map<?, ?> properties)) {
            return body;
        }
        for (Object name : (List<?>) schema.getOrDefault("required", List.of())) {
            body.put(name.toString(), value(cast(properties.get(name)), depth + 1));
        }
        return body;
    }

    private static Object at(Map<String, Object> root, String... keys) {
        Object node = root;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return map == null ? Map.of() : (Map<String, Object>) map;
    }
}
