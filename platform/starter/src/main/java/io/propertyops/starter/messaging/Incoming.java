package io.propertyops.starter.messaging;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One consumed record, its CloudEvents envelope read once and its data decoded once into the event record the
 * catalogue holds for its type.
 *
 * @param record   the Kafka record
 * @param envelope its envelope
 * @param event    the decoded event; null for a type this version of the catalogue does not know (a newer
 *                 producer's), which listeners skip
 */
public record Incoming(ConsumerRecord<String, byte[]> record, EventEnvelope envelope, DomainEvent event) {

    /** The record key: the aggregate id. */
    public String key() {
        return record.key();
    }

    public String topic() {
        return record.topic();
    }
}
