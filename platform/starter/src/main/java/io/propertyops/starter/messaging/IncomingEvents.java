package io.propertyops.starter.messaging;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventCatalog;
import io.propertyops.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the CloudEvents envelope (Kafka binary mode) of a consumed record. */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    public static EventEnvelope envelope(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return EventEnvelope.fromHeaders(headers, record.value());
    }

    /**
     * The record's event when it is of this type; empty for the other types sharing the topic. A record that is
     * not a readable CloudEvent throws, which sends it to the dead-letter topic.
     */
    public static <T extends DomainEvent> Optional<T> ofType(ConsumerRecord<String, byte[]> record, Class<T> type) {
        EventEnvelope envelope = envelope(record);
        return EventCatalog.typeOf(type).equals(envelope.type()) ? Optional.of(envelope.decode(type)) : Optional.empty();
    }
}
