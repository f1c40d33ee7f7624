package io.propertyops.starter.security;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Role × action rules on every API operation, enforced and documented. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AccessRulesAutoConfiguration {

    @Bean
    AccessRules accessRules(ApplicationContext context) {
        return new AccessRules(context);
    }

    @Bean
    WebMvcConfigurer accessRulesInterceptor(AccessRules rules) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(rules).addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    OperationCustomizer accessRulesInOpenApi() {
        return (operation, handler) -> {
            Allowed rule = handler.getMethodAnnotation(Allowed.class);
            if (rule != null) {
                document(operation, rule);
            }
            return operation;
        };
    }

    @Bean
    PublicOperations publicOperations(ApplicationContext context) {
        return new PublicOperations(context);
    }

    private static void document(Operation operation, Allowed rule) {
        if (rule.publicAccess()) {
            operation.addExtension("x-public-access", true);
            operation.addExtension("x-allowed-roles", List.of());
            operation.addExtension("x-allowed-scopes", List.of());
            operation.setSecurity(List.of());
            String who = "Public: no bearer token; the operation authenticates its caller itself";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            responses.putIfAbsent("401", new ApiResponse().description("The caller's own credential is missing or wrong (problem document)"));
            operation.setResponses(responses);
            return;
        }
        operation.addExtension("x-allowed-roles", List.of(rule.roles()));
        operation.addExtension("x-allowed-scopes", List.of(rule.scopes()));
        String who = "Allowed for roles " + String.join(", ", rule.roles())
                + (rule.scopes().length == 0 ? "" : "; integration clients with scope " + String.join(" or ", rule.scopes()));
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.putIfAbsent("401", new ApiResponse().description("No valid bearer token (problem document)"));
        responses.putIfAbsent("403", new ApiResponse().description("The caller's role may not do this (problem document)"));
        operation.setResponses(responses);
    }
}
