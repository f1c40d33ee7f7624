package io.propertyops.notification;

import org.apache.kafka.common.utils.Utils;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Aggregate ids that Kafka's default partitioner puts on one partition, so that an event published after another
 * is handled after it: a message the later one brings shows that the earlier one, which brings none, was handled.
 */
public final class Partitions {

    private Partitions() {
    }

    /** A new id with this prefix whose events go to the same partition of the topic as {@code key}'s. */
    public static String sameAs(KafkaTemplate<String, byte[]> kafka, String topic, String key, String prefix) {
        int partitions = kafka.partitionsFor(topic).size();
        int wanted = partitionOf(key, partitions);
        while (true) {
            String candidate = prefix + UUID.randomUUID();
            if (partitionOf(candidate, partitions) == wanted) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
