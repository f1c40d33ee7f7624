package io.propertyops.testsupport;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventCatalog;
import io.propertyops.events.EventEnvelope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes events as the platform's outbox does: CloudEvents headers, on the type's topic, keyed by aggregate. */
public final class EventPublishing {

    private EventPublishing() {
    }

    /** Sends and waits for the broker's acknowledgement. */
    public static void publish(KafkaTemplate<String, byte[]> kafka, DomainEvent... events) throws Exception {
        for (DomainEvent event : events) {
            EventEnvelope envelope = EventEnvelope.of(event, "test");
            RecordHeaders headers = new RecordHeaders();
            envelope.headers().forEach(headers::add);
            kafka.send(new ProducerRecord<>(EventCatalog.topicOf(event.getClass()), null, event.aggregateId(),
                    envelope.data(), headers)).get();
        }
    }
}
