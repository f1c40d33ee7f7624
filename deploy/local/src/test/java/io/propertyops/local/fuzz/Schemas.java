package io.propertyops.local.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The schemas of one OpenAPI document, {@code $ref}s followed. */
final class Schemas {

    private final Map<String, Object> document;

    Schemas(Map<String, Object> document) {
        this.document = document;
    }

    /** The schema itself, its {@code $ref}'s target, or its first {@code allOf} part's. */
    Map<String, Object> resolve(Map<String, Object> schema) {
        for (int depth = 0; depth < 10; depth++) {
            if (schema.get("$ref") instanceof String ref) {
                Object node = document;
                for (String key : ref.substring(2).split("/")) {
                    node = map(node).get(key);
                }
                schema = map(node);
            } else if (schema.get("allOf") instanceof List<?> parts && !parts.isEmpty()) {
                schema = map(parts.getFirst());
            } else {
                return schema;
            }
        }
        return schema;
    }

    /** The declared type, {@code object} when a schema has properties but no type, {@code string} when it says nothing. */
    String type(Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(schema);
        Object declared = resolved.get("type");
        if (declared instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (declared == null) {
            return resolved.containsKey("properties") ? "object" : "string";
        }
        return declared.toString();
    }

    /**
     * Every property a body of this schema may hold, as paths from the top ({@code ["lines", 0, "amount"]}),
     * nested objects and the first item of arrays of objects included, a few levels deep.
     */
    List<List<Object>> propertyPaths(Map<String, Object> schema) {
        List<List<Object>> paths = new ArrayList<>();
        collect(resolve(schema), new ArrayList<>(), paths, 0);
        return paths;
    }

    /** The schema of the property at the path, empty when unknown. */
    Map<String, Object> at(Map<String, Object> schema, List<Object> path) {
        Map<String, Object> node = resolve(schema);
        for (Object step : path) {
            node = step instanceof String name ? resolve(map(map(node.get("properties")).get(name))) : resolve(map(node.get("items")));
        }
        return node;
    }

    private void collect(Map<String, Object> schema, List<Object> prefix, List<List<Object>> paths, int depth) {
        if (depth > 3) {
            return;
        }
        map(schema.get("properties")).forEach((name, value) -> {
            List<Object> path = new ArrayList<>(prefix);
            path.add(name);
            paths.add(path);
            Map<String, Object> property = resolve(map(value));
            if (property.containsKey("properties")) {
                collect(property, path, paths, depth + 1);
            } else if (property.get("items") instanceof Map<?, ?> items && resolve(map(items)).containsKey("properties")) {
                List<Object> first = new ArrayList<>(path);
                first.add(0);
                collect(resolve(map(items)), first, paths, depth + 1);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
