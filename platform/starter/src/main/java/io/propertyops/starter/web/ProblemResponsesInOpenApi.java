package io.propertyops.starter.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Says in the OpenAPI document what {@link ProblemDetailsAdvice} answers: every 4xx and 5xx is an
 * {@code application/problem+json} document. Without it springdoc gives a documented error the body of the
 * operation's success.
 */
class ProblemResponsesInOpenApi implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().isEmpty()) {
            return; // a service without operations yet has no error to describe
        }
        api.getComponents().addSchemas(PROBLEM, problem());
        Content problemContent = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(problemContent);
                    }
                });
            }
        }));
    }

    private static Schema<?> problem() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().example("title"))
                .addProperty("message", new StringSchema().example("must not be blank"));
        return new ObjectSchema()
                .description("RFC 9457 problem: clients branch on code (or type), people read title and detail")
                .addProperty("type", new StringSchema().format("uri").example(Problems.TYPE_BASE + "validation-failed"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/tickets"))
                .addProperty("code", new StringSchema().example("validation-failed"))
                .addProperty("errors", new ArraySchema().items(error)
                        .description("The refused fields, for validation problems and rule violations that name one"));
    }
}
