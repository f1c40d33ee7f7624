package io.propertyops.notification.webhook;

import io.propertyops.notification.webhook.domain.EndpointPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.starter.domain.RuleViolationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class EndpointPolicyTest {

    /** A resolver that knows a few names, so the test needs no DNS. */
    public static InetAddress[] resolve(String host) {
        Map<String, String> names = Map.of(
                "hooks.example.com", "93.184.216.34",
                "rebound.example.com", "10.0.0.7",
                "localhost", "127.0.0.1");
        try {
            String address = names.getOrDefault(host, host);
            return new InetAddress[] {InetAddress.getByName(address)};
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }

    final EndpointPolicy production = new EndpointPolicy(false, List.of(), EndpointPolicyTest::resolve);

    @Test
    void acceptsAPublicHttpsEndpoint() {
        assertThat(production.check("https://hooks.example.com/propertyops").getHost()).isEqualTo("hooks.example.com");
    }

    @Test
    void refusesPlainHttpUnlessTheConfigurationAllowsIt() {
        assertThatThrownBy(() -> production.check("http://hooks.example.com/propertyops"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook-url-not-https"));
        EndpointPolicy dev = new EndpointPolicy(true, List.of(), EndpointPolicyTest::resolve);
        assertThat(dev.check("http://hooks.example.com/propertyops")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://169.254.169.254/latest/meta-data/", "https://127.0.0.1/hook", "https://localhost:8443/hook",
            "https://10.1.2.3/hook", "https://172.16.0.1/hook", "https://192.168.1.10/hook", "https://0.0.0.0/hook",
            "https://100.64.0.1/hook", "https://224.0.0.1/hook", "https://[::1]/hook", "https://[fd00:ec2::254]/hook",
            "https://[fe80::1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://rebound.example.com/hook"})
    void refusesInternalAddresses(String url) {
        assertThatThrownBy(() -> production.check(url))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook-url-internal"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "https:///no-host", "https://user:pass@hooks.example.com/", "ftp://hooks.example.com/"})
    void refusesWhatIsNotAnHttpsUrlOfAHost(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        assertThatThrownBy(() -> production.check("https://nowhere.invalid/hook"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("webhook-url-unresolvable"));
    }

    @Test
    void takesAnExplicitlyAllowedHostAsItIs() {
        EndpointPolicy test = new EndpointPolicy(true, List.of("127.0.0.1"), EndpointPolicyTest::resolve);
        assertThat(test.check("http://127.0.0.1:8080/hook")).isNotNull();
        assertThatThrownBy(() -> test.check("http://localhost:8080/hook")).isInstanceOf(RuleViolationException.class);
    }
}
