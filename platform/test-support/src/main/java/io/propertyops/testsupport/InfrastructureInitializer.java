package io.propertyops.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Points a test's application context at the shared broker and store, at the test token issuer, and at
 * a database of its own, so cached contexts never see each other's data; and gives the test a {@link TestHttp}
 * at the service's port ({@code @Autowired TestHttp http}).
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        SharedInfrastructure.Endpoints endpoints = SharedInfrastructure.endpoints();
        String app = context.getEnvironment().getProperty("spring.application.name", "service");
        Map<String, Object> properties = Map.of(
                "spring.kafka.bootstrap-servers", endpoints.kafkaBootstrap(),
                "spring.mongodb.uri", endpoints.mongoUri(),
                "spring.mongodb.database", app.replace('-', '_') + "_test_" + CONTEXTS.incrementAndGet(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.ISSUER,
                "propertyops.security.issuer", TestTokens.ISSUER);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("propertyops-test-infrastructure", properties));
        if (context instanceof GenericApplicationContext generic) {
            // made when a test asks for it, after the server started on its random port
            generic.registerBean("serviceHttp", TestHttp.class,
                    () -> TestHttp.at("http://localhost:" + context.getEnvironment().getProperty("local.server.port")),
                    definition -> definition.setLazyInit(true));
        }
    }
}
