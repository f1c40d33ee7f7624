package io.propertyops.billing.payment;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.time.Clock;

/**
 * Every billing-service test context gets the WeChat Pay provider too (beside the sandbox, which stays the default),
 * configured for the one {@link WechatPayStub} of the test JVM — its test keys and its address — so that the payment
 * tests share the one context of the service tests instead of starting one of their own.
 */
public class WechatPayStubInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static WechatPayStub stub;

    /** The test JVM's stub, started on first use. */
    public static synchronized WechatPayStub stub() {
        if (stub == null) {
            stub = new WechatPayStub(Clock.systemUTC());
        }
        return stub;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("wechat-pay-stub", stub().properties()));
    }
}
