package io.propertyops.notification.webhook.application;

import io.propertyops.events.EventCatalog;
import io.propertyops.notification.webhook.domain.EndpointPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    EndpointPolicy webhookEndpointPolicy(WebhookProperties properties) {
        return new EndpointPolicy(properties.allowHttp(), properties.allowedHosts());
    }

    /** The topics of the subscribable event types, so a new domain's events need no change here. */
    @Bean
    String[] webhookTopics() {
        return EventCatalog.all().stream().filter(type -> Webhooks.SUBSCRIBABLE.contains(EventCatalog.typeOf(type)))
                .map(EventCatalog::topicOf).distinct().toArray(String[]::new);
    }
}
