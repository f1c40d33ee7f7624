package io.propertyops.billing.payment.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The payments' settings. */
@Configuration
@EnableConfigurationProperties({PaymentProperties.class, WechatPayProperties.class})
class PaymentConfiguration {
}
