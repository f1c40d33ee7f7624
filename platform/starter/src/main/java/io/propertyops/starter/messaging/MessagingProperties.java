package io.propertyops.starter.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Retries of a failing listener before its record goes to the dead-letter topic, and the topics' shape.
 *
 * @param partitions partitions of every platform topic and its dead-letter topic, and so the consumers of every
 *                   listener ({@code spring.kafka.listener.concurrency} follows it); a topic that exists keeps
 *                   the partitions it has
 */
@ConfigurationProperties("propertyops.messaging")
public record MessagingProperties(
        @DefaultValue("4") int retries,
        @DefaultValue("200ms") Duration initialBackOff,
        @DefaultValue("2.0") double backOffMultiplier,
        @DefaultValue("5s") Duration maxBackOff,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor) {
}
