package io.propertyops.starter.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds the platform's shared defaults (where Kafka, MongoDB and the token issuer are, what actuator shows,
 * how logs and traces look) with the lowest precedence, so each service's application.yml stays small and
 * anything can still be overridden by environment variables or the service's own configuration. An active
 * profile's defaults ({@code propertyops-defaults-production.properties}) come before the general ones.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (String profile : environment.getActiveProfiles()) {
            addLast(environment, "propertyops-defaults-" + profile);
        }
        addLast(environment, "propertyops-defaults");
    }

    private static void addLast(ConfigurableEnvironment environment, String name) {
        ClassPathResource resource = new ClassPathResource(name + ".properties");
        if (!resource.exists()) {
            return;
        }
        try {
            List<PropertySource<?>> sources = new PropertiesPropertySourceLoader().load(name, resource);
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
