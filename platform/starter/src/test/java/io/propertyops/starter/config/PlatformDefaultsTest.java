package io.propertyops.starter.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsTest {

    @Test
    void developmentRecordsEveryTrace() {
        assertThat(defaultsWithProfiles().getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
    }

    @Test
    void productionRecordsOneTraceInTen() {
        assertThat(defaultsWithProfiles("production").getProperty("management.tracing.sampling.probability")).isEqualTo("0.1");
    }

    @Test
    void aServicesOwnSettingStillWinsInProduction() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service",
                Map.of("management.tracing.sampling.probability", "0.5")));
        environment.setActiveProfiles("production");
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.5");
    }

    private static StandardEnvironment defaultsWithProfiles(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
