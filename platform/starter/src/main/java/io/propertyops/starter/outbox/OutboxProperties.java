package io.propertyops.starter.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox relay works: the sweep is the safety net for events whose immediate publish failed or
 * never ran (a crash, Kafka away); the grace keeps it from racing the immediate publish.
 */
@ConfigurationProperties("propertyops.outbox")
public record OutboxProperties(
        @DefaultValue("2s") Duration sweepInterval,
        @DefaultValue("3s") Duration sweepGrace,
        @DefaultValue("200") int sweepBatch,
        @DefaultValue("10s") Duration sendTimeout) {
}
