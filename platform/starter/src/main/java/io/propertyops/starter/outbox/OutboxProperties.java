package io.propertyops.starter.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the outbox relay works: the prompt path publishes right after each write, in batches of up to
 * {@code batchSize} documents taken by {@code drainers} threads; the sweep is the safety net for events whose
 * prompt publish failed or never ran (a crash, Kafka away); the grace keeps it from racing the prompt path.
 */
@ConfigurationProperties("propertyops.outbox")
public record OutboxProperties(
        @DefaultValue("2s") Duration sweepInterval,
        @DefaultValue("3s") Duration sweepGrace,
        @DefaultValue("200") int sweepBatch,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("500") int batchSize,
        @DefaultValue("2") int drainers) {

    @ConstructorBinding
    public OutboxProperties {
    }

    public OutboxProperties(Duration sweepInterval, Duration sweepGrace, int sweepBatch, Duration sendTimeout) {
        this(sweepInterval, sweepGrace, sweepBatch, sendTimeout, 500, 2);
    }
}
