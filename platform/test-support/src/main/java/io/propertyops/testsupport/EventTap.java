package io.propertyops.testsupport;

import static org.awaitility.Awaitility.await;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning in a group of its own, so a test can wait for the events a change published
 * on the real broker: {@code tap.awaitOne(ResidentBound.class, e -> e.aggregateId().equals(id))}.
 */
public final class EventTap implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<DomainEvent> seen = new ArrayList<>();

    private EventTap(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "group.id", "event-tap-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    public static EventTap on(String bootstrapServers, String topic) {
        return new EventTap(bootstrapServers, topic);
    }

    /** Waits until exactly one event of the type matches, and answers it; fails when none comes in 20 s. */
    public <T extends DomainEvent> T awaitOne(Class<T> type, Predicate<T> which) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            poll();
            return !matching(type, which).isEmpty();
        });
        poll();
        List<T> found = matching(type, which);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " but found " + found);
        }
        return found.getFirst();
    }

    /** Every event of the type read so far that matches. */
    public <T extends DomainEvent> List<T> matching(Class<T> type, Predicate<T> which) {
        return seen.stream().filter(type::isInstance).map(type::cast).filter(which).toList();
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, byte[]> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value());
            }
            seen.add(EventEnvelope.fromHeaders(headers, record.value()).decode());
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
