package io.propertyops.ticket.pricing.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Examples for domain records the API shows as they are (price lists, category trees), which carry no OpenAPI
 * annotations. A property named here that the record no longer has breaks the document, so they cannot drift apart.
 */
@Component
class DomainSchemaExamples implements OpenApiCustomizer {

    private static final Map<String, Map<String, Object>> EXAMPLES = Map.of(
            "PriceList", Map.of("communityId", "community-cuihu", "currency", "CNY"),
            "PriceItem", Map.of("code", "angle-valve", "name", "角阀", "unit", "个",
                    "price", new BigDecimal("38.00")),
            "CategoryTree", Map.of("communityId", "community-cuihu"),
            "Category", Map.of("code", "plumbing-leak", "name", "漏水", "active", true));

    @Override
    public void customise(OpenAPI api) {
        EXAMPLES.forEach((name, examples) -> {
            Schema<?> schema = api.getComponents().getSchemas().get(name);
            examples.forEach((property, example) -> {
                if (schema == null || schema.getProperties() == null || !schema.getProperties().containsKey(property)) {
                    throw new IllegalStateException("No property " + property + " in the schema " + name);
                }
                schema.getProperties().get(property).setExample(example);
            });
        });
    }
}
