package io.propertyops.starter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.propertyops.events.EventEnvelope;
import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.testsupport.InfrastructureExtension;
import io.propertyops.testsupport.InfrastructureInitializer;
import io.propertyops.testsupport.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The kernel's batch listener on the real broker and store: a batch holding a poison record and a record that is no
 * event at all. The handler sees several records at once; each of the two bad ones ends up alone in the dead-letter
 * topic, and every good event's effect exists exactly once.
 */
@ExtendWith(InfrastructureExtension.class)
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@SpringBootTest(classes = EventBatchesTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.application.name=batch-test", "propertyops.messaging.retries=2",
                "propertyops.messaging.initial-back-off=50ms"})
class EventBatchesTest {

    static final String TOPIC = "propertyops.batch-test." + UUID.randomUUID().toString().substring(0, 8) + ".v1";
    static final String POISON = "poison";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        static String batchTestTopic() {
            return TOPIC;
        }

        @Bean
        Effects effects(MongoTemplate mongo, EventBatches batches) {
            return new Effects(mongo, batches);
        }
    }

    /** Writes one effect per event, in one bulk per batch; a redelivered event writes nothing new. */
    static class Effects {

        final MongoTemplate mongo;
        final EventBatches batches;
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

        Effects(MongoTemplate mongo, EventBatches batches) {
            this.mongo = mongo;
            this.batches = batches;
            mongo.indexOps("effects").createIndex(new Index().on("eventId", Sort.Direction.ASC).unique());
        }

        @KafkaListener(topics = "#{@batchTestTopic}", id = "batch-test", autoStartup = "false")
        void on(List<ConsumerRecord<String, byte[]>> records) {
            batches.handle(records, batch -> {
                batchSizes.add(batch.size());
                List<Document> effects = new ArrayList<>();
                for (Incoming incoming : batch) {
                    PersonRegistered person = (PersonRegistered) incoming.event();
                    if (POISON.equals(person.name())) {
                        throw new IllegalStateException("cannot handle " + person.eventId());
                    }
                    effects.add(new Document("eventId", person.eventId()).append("name", person.name()));
                }
                for (Document effect : effects) {
                    try {
                        mongo.insert(effect, "effects");
                    } catch (DuplicateKeyException alreadyDone) {
                        // a redelivered event
                    }
                }
            });
        }
    }

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Effects effects;
    @Autowired
    MeterRegistry meters;

    @Test
    void aPoisonRecordAloneGoesToTheDeadLetterTopicAndEveryOtherEventTakesEffectOnce() throws Exception {
        List<String> good = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        String poisonId = null;
        for (int i = 0; i < 40; i++) {
            String name = i == 17 ? POISON : "person " + i;
            PersonRegistered event = person(name);
            if (i == 17) {
                poisonId = event.eventId();
            } else {
                good.add(event.eventId());
            }
            records.add(record(event));
            if (i == 29) {
                // not a CloudEvent at all
                records.add(new ProducerRecord<>(TOPIC, 0, "garbage", "{not an event".getBytes(), new RecordHeaders()));
            }
        }
        for (ProducerRecord<String, byte[]> record : records) {
            kafka.send(record);
        }
        kafka.flush();
        listeners.getListenerContainer("batch-test").start();

        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("effects").countDocuments() == good.size());
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> readAll(Topics.deadLetter(TOPIC)), found -> found.size() >= 2);

        assertThat(mongo.getCollection("effects").distinct("eventId", String.class).into(new ArrayList<>()))
                .containsExactlyInAnyOrderElementsOf(good);
        assertThat(deadLetters).hasSize(2);
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(records.get(17).key(), "garbage");
        assertThat(idOfDeadLetter(deadLetters, records.get(17).key())).isEqualTo(poisonId);
        assertThat(Collections.max(effects.batchSizes)).as("records handled together").isGreaterThan(1);
        assertThat(meters.find("kafka.consumer.fetch.manager.records.lag.max").meters()).as("consumer lag metric").isNotEmpty();
    }

    private static String idOfDeadLetter(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(record -> key.equals(record.key())).findFirst()
                .map(IncomingEvents::envelope).map(EventEnvelope::id).orElseThrow();
    }

    private static PersonRegistered person(String name) {
        return new PersonRegistered(UUID.randomUUID().toString(), UUID.randomUUID().toString(), Instant.now(), name,
                null, null, List.of("OWNER"), List.of(), List.of(), List.of(), false);
    }

    private static ProducerRecord<String, byte[]> record(PersonRegistered event) {
        EventEnvelope envelope = EventEnvelope.of(event, "/batch-test");
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach(headers::add);
        // one partition, so the order of the batch is the order sent
        return new ProducerRecord<>(TOPIC, 0, event.aggregateId(), envelope.data(), headers);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.endpoints().kafkaBootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            return all;
        }
    }
}
