package io.propertyops.starter.messaging;

import io.propertyops.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.util.HashMap;
import java.util.Map;

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
}
