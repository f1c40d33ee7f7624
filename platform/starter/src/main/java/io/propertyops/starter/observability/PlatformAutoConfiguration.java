package io.propertyops.starter.observability;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import com.mongodb.MongoClientSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    /**
     * How long an operation waits for MongoDB to be reachable before it fails
     * ({@code propertyops.mongodb.server-selection-timeout}, 2 s): while the store is away requests are answered
     * 503 at once instead of after the driver's default 30 s, which the gateway would turn into a slow 503. It
     * overrides a {@code serverSelectionTimeoutMS} in the connection string; set the property instead.
     */
    @Bean
    @ConditionalOnClass(MongoClientSettings.class)
    MongoClientSettingsBuilderCustomizer failFastWithoutMongo(
            @Value("${propertyops.mongodb.server-selection-timeout:2s}") Duration timeout) {
        return builder -> builder.applyToClusterSettings(cluster ->
                cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI propertyOpsOpenApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "propertyops");
        return new OpenAPI()
                .info(new Info().title("PropertyOps " + name).version("v1")
                        .description("PropertyOps " + name + " API. Errors are RFC 9457 application/problem+json "
                                + "documents with a stable `type` URI and `code`.")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                // relative: the document is served through the gateway, which is where its paths are called
                .servers(List.of(new Server().url("/").description("The gateway that served this document")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token from security-service (authorization code + PKCE, or client credentials)")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
