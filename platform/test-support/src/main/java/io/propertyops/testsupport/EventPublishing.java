package io.propertyops.testsupport;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventCatalog;
import io.propertyops.events.EventEnvelope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Publishes events as the platform's outbox does: CloudEvents headers, on the type's topic, keyed by aggregate. */
public final class EventPublishing {

    private EventPublishing() {
    }

    /** Sends and waits for the broker's acknowledgement. */
    public static void publish(KafkaTemplate<String, byte[]> kafka, DomainEvent... events) throws Exception {
        for (DomainEvent event : events) {
            send(kafka, event).get();
        }
    }

    /**
     * Sends the events in one go, as a burst of the outbox relay would (an estate import's thousands of snapshots), in
     * their order per aggregate, and waits until the broker has acknowledged them all.
     */
    public static void publishAll(KafkaTemplate<String, byte[]> kafka, List<? extends DomainEvent> events)
            throws Exception {
        List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            sent.add(send(kafka, event));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get();
    }

    private static CompletableFuture<SendResult<String, byte[]>> send(KafkaTemplate<String, byte[]> kafka,
                                                                      DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.of(event, "test");
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach(headers::add);
        return kafka.send(new ProducerRecord<>(EventCatalog.topicOf(event.getClass()), null, event.aggregateId(),
                envelope.data(), headers));
    }
}
