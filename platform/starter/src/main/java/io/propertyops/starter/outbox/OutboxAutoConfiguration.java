package io.propertyops.starter.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The transactional outbox: message factory, relay, and the writes that hand an aggregate's events to the relay. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxMessages outboxMessages(Environment environment, Clock clock, ObjectProvider<Tracer> tracer,
                                  ObjectProvider<Propagator> propagator) {
        return new OutboxMessages(environment.getProperty("spring.application.name", "propertyops"), clock,
                tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> eventKafkaTemplate,
                            MongoMappingContext mappingContext, OutboxProperties properties, Clock clock,
                            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, eventKafkaTemplate, () -> outboxCollections(mappingContext), properties, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    OutboxWrites outboxWrites(MongoTemplate mongo, OutboxRelay relay) {
        return new OutboxWrites(mongo, relay);
    }

    static Set<String> outboxCollections(MongoMappingContext mappingContext) {
        Set<String> names = new LinkedHashSet<>();
        for (MongoPersistentEntity<?> entity : List.copyOf(mappingContext.getPersistentEntities())) {
            if (HasOutbox.class.isAssignableFrom(entity.getType())) {
                names.add(entity.getCollection());
            }
        }
        return names;
    }
}
