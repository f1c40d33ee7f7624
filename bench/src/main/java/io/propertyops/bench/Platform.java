package io.propertyops.bench;

import io.propertyops.local.LocalPlatform;
import io.propertyops.local.PortPlan;

import java.util.Map;

/** Where the platform under test answers: one the bench started, or one already running on the default ports. */
record Platform(String gatewayUrl, Map<String, String> serviceUrls, Map<String, String> managementUrls,
                String mongoUri, String kafkaBootstrap, String demoPassword) {

    static Platform of(LocalPlatform platform) {
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        Map<String, String> management = new java.util.LinkedHashMap<>();
        LocalPlatform.SERVICES.forEach(service -> {
            urls.put(service, platform.url(service));
            management.put(service, platform.managementUrl(service));
        });
        return new Platform(platform.gatewayUrl(), urls, management, platform.mongoUri(), platform.kafkaBootstrap(),
                platform.demoPassword());
    }

    /** A platform started by {@code ./run}: the default ports, the embedded MongoDB and Kafka. */
    static Platform running(String demoPassword) {
        PortPlan ports = PortPlan.defaults();
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        Map<String, String> management = new java.util.LinkedHashMap<>();
        LocalPlatform.SERVICES.forEach(service -> {
            urls.put(service, "http://localhost:" + ports.port(service));
            management.put(service, "http://localhost:" + ports.managementPort(service));
        });
        return new Platform(urls.get(LocalPlatform.GATEWAY), urls, management, "mongodb://localhost:" + ports.mongodb(),
                "localhost:" + ports.kafka(), demoPassword);
    }

    String url(String service) {
        return serviceUrls.get(service);
    }

    /** Where the service's health and metrics answer: its management port, on the loopback address. */
    String managementUrl(String service) {
        return managementUrls.get(service);
    }
}
