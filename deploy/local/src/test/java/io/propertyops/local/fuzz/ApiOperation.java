package io.propertyops.local.fuzz;

import io.propertyops.testsupport.MinimalBodies;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code /api/**} operation of a service's OpenAPI document, with what the fuzzer needs to call it: who may
 * (the {@code x-allowed-roles} / {@code x-allowed-scopes} every operation publishes), its parameters, its request
 * body's schema and media type, and the smallest valid body, which each bad request starts from.
 */
record ApiOperation(String service, String method, String path, List<String> roles, List<String> scopes,
                    List<Parameter> parameters, Map<String, Object> bodySchema, String bodyMediaType, String validBody,
                    Schemas schemas) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Parameter(String in, String name, Map<String, Object> schema, boolean required) {
    }

    /** Every {@code /api/**} operation of the document. */
    @SuppressWarnings("unchecked")
    static List<ApiOperation> of(String service, String documentJson) {
        Map<String, Object> document = JSON.readValue(documentJson, Map.class);
        Schemas schemas = new Schemas(document);
        MinimalBodies bodies = new MinimalBodies(document);
        List<ApiOperation> operations = new ArrayList<>();
        Schemas.map(document.get("paths")).forEach((path, methods) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            Schemas.map(methods).forEach((method, value) -> {
                Map<String, Object> operation = Schemas.map(value);
                List<Parameter> parameters = ((List<Object>) operation.getOrDefault("parameters", List.of())).stream()
                        .map(Schemas::map)
                        .map(p -> new Parameter((String) p.get("in"), (String) p.get("name"), Schemas.map(p.get("schema")),
                                Boolean.TRUE.equals(p.get("required"))))
                        .toList();
                Map<String, Object> content = Schemas.map(Schemas.map(operation.get("requestBody")).get("content"));
                String mediaType = content.isEmpty() ? null : content.keySet().iterator().next();
                Map<String, Object> bodySchema = mediaType == null ? null : Schemas.map(Schemas.map(content.get(mediaType)).get("schema"));
                operations.add(new ApiOperation(service, method.toUpperCase(), path,
                        (List<String>) operation.getOrDefault("x-allowed-roles", List.of()),
                        (List<String>) operation.getOrDefault("x-allowed-scopes", List.of()),
                        parameters, bodySchema, mediaType, bodies.forOperation(operation), schemas));
            });
        });
        return operations;
    }

    boolean takesJson() {
        return "application/json".equals(bodyMediaType);
    }

    boolean takesBody() {
        return bodyMediaType != null;
    }

    List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
