package io.propertyops.starter.observability;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** The clock every domain decision reads, MongoDB health that works everywhere, and the OpenAPI frame. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnClass(MongoTemplate.class)
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI propertyOpsOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "propertyops");
        return new OpenAPI()
                .info(new Info().title("PropertyOps " + name).version("v1")
                        .description("PropertyOps " + name + " API. Errors are RFC 9457 application/problem+json "
                                + "documents with a stable `type` URI and `code`."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token from security-service (authorization code + PKCE, or client credentials)")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
