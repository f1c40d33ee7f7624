package io.propertyops.security.demo.application;

import io.propertyops.security.account.application.InMemoryAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSettingsTest {

    @EnableConfigurationProperties(DemoProperties.class)
    static class DemoPropertiesOnly {
    }

    @Test
    void startupFailsClearlyWhenADataFileIsSetWithoutAPassword() {
        new ApplicationContextRunner()
                .withUserConfiguration(DemoPropertiesOnly.class)
                .withPropertyValues("propertyops.demo.data-file=classpath:demo/estate.json")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("PROPERTYOPS_DEMO_PASSWORD"));
    }

    @Test
    void withoutADataFileNothingIsSeeded() {
        DemoProperties nothingConfigured = new DemoProperties(null, null, null, null);
        InMemoryAccounts accounts = new InMemoryAccounts();
        DemoAccounts demoAccounts = new DemoAccounts(new DemoData(nothingConfigured, new DefaultResourceLoader()),
                nothingConfigured, accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(), java.time.Clock.systemUTC());

        assertThat(demoAccounts.seed()).isZero();
        assertThat(accounts.isEmpty()).isTrue();
    }

    @Test
    void withoutASecretNoDemoIntegrationClientIsRegistered() {
        DemoProperties noSecret = new DemoProperties(null, null, null, List.of("c1"));

        DemoIntegrationClient client = new DemoIntegrationClient(noSecret, new DemoData(noSecret, new DefaultResourceLoader()),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), null);

        assertThat(client.registrations()).isEmpty();
    }
}
