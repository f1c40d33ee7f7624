package io.propertyops.notification.inbox.messaging;

import io.propertyops.notification.inbox.domain.InboxEntry;

import io.propertyops.events.CloudEventHeaders;
import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventEnvelope;
import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.notification.preference.domain.NotificationPreferences;
import io.propertyops.notification.preference.application.Preferences;
import io.propertyops.testsupport.ServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The work-order listener takes a batch at a time: every message of every event in it exactly once, in the inbox
 * and on the other channels, however often the batch comes, and a poison record among them stops none of the others.
 */
@ServiceTest
class WorkOrderBatchesTest {

    @Autowired
    TicketEventsListener listener;
    @Autowired
    RecipientDirectory directory;
    @Autowired
    Preferences preferences;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long offset;

    @Test
    void aBatchOfNewWorkOrdersInSeveralCommunitiesTellsEachPersonOnceHoweverOftenItComes() {
        List<String> communities = List.of("community-a-" + run, "community-b-" + run, "community-c-" + run);
        // in each community an agent who wants SMS too, and one who reads the app only
        for (String community : communities) {
            String texting = register("CUSTOMER_SERVICE", community, "13900000001");
            preferences.save(new NotificationPreferences(texting, Map.of("*", List.of("IN_APP", "SMS")),
                    LocalTime.of(0, 0), LocalTime.of(0, 0), "zh-CN"));
            register("CUSTOMER_SERVICE", community, null);
        }
        String texter = register("OWNER", communities.get(0), "13900000002");
        preferences.save(new NotificationPreferences(texter, Map.of("*", List.of("IN_APP", "SMS")),
                LocalTime.of(0, 0), LocalTime.of(0, 0), "zh-CN"));
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String owner = i == 0 ? texter : "owner-" + UUID.randomUUID();
            batch.add(record(created("wo-" + run + "-" + i, communities.get(i % 3), owner)));
        }
        batch.add(batch.get(2)); // the same event twice in one batch

        listener.on(batch);

        assertThat(inbox()).as("six events, each to its owner and the two agents of its community").isEqualTo(18);
        assertThat(mongo.findDistinct(Query.query(Criteria.where("subjectId").regex("^wo-" + run)), "eventId",
                "inbox", InboxEntry.class, String.class)).hasSize(6);
        assertThat(sms()).as("each event to its community's texting agent, and the first to its texting owner")
                .isEqualTo(7);
        assertThat(mongo.count(Query.query(Criteria.where("recipientId").is(texter).and("channel").is("SMS")),
                OutboundDelivery.class, "deliveries")).isEqualTo(1);

        listener.on(batch);
        listener.on(batch.subList(1, 4));

        assertThat(inbox()).as("redelivered: nothing new").isEqualTo(18);
        assertThat(sms()).isEqualTo(7);
    }

    @Test
    void aPoisonRecordAmongTheBatchStopsNoneOfTheOthers() throws Exception {
        String community = "community-p-" + run;
        register("CUSTOMER_SERVICE", community, null);
        String key = "wo-" + run;
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            if (i == 2) {
                RecordHeaders headers = new RecordHeaders();
                headers.add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
                headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                headers.add(CloudEventHeaders.TYPE, "propertyops.ticket.created.v1".getBytes(StandardCharsets.UTF_8));
                headers.add(CloudEventHeaders.SOURCE, "test".getBytes(StandardCharsets.UTF_8));
                kafka.send(new ProducerRecord<>(Topics.TICKET, null, key, "{\"number\": ".getBytes(StandardCharsets.UTF_8),
                        headers));
            }
            String owner = "owner-" + UUID.randomUUID();
            owners.add(owner);
            // one key: one partition, in order, so the poison sits in the middle of what the consumer polls
            EventEnvelope envelope = EventEnvelope.of(created(key, community, owner), "test");
            RecordHeaders headers = new RecordHeaders();
            envelope.headers().forEach(headers::add);
            kafka.send(new ProducerRecord<>(Topics.TICKET, null, key, envelope.data(), headers));
        }
        kafka.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> owners.stream().allMatch(owner ->
                mongo.exists(Query.query(Criteria.where("recipientId").is(owner)), InboxEntry.class, "inbox")));
        assertThat(mongo.count(Query.query(Criteria.where("subjectId").is(key)), InboxEntry.class, "inbox"))
                .as("five events, each to its owner and the agent, once").isEqualTo(10);
    }

    long inbox() {
        return mongo.count(Query.query(Criteria.where("subjectId").regex("^wo-" + run)), InboxEntry.class, "inbox");
    }

    long sms() {
        return mongo.count(Query.query(Criteria.where("eventId").in(mongo.findDistinct(
                Query.query(Criteria.where("subjectId").regex("^wo-" + run)), "eventId", "inbox", InboxEntry.class, String.class))
                .and("channel").is("SMS")), Document.class, "deliveries");
    }

    String register(String role, String community, String phone) {
        String id = role.toLowerCase() + "-" + UUID.randomUUID();
        directory.register(new PersonRegistered(UUID.randomUUID().toString(), id, Instant.now(), "赵敏", phone, null,
                List.of(role), List.of(community), List.of(), List.of(), false));
        return id;
    }

    static WorkOrderCreated created(String workOrderId, String community, String owner) {
        return new WorkOrderCreated(UUID.randomUUID().toString(), workOrderId, Instant.now(), "WO-20261202-0001",
                community, "unit-1", owner, "张伟", "REPAIR", "plumbing", "NORMAL", "APP", "厨房水管漏水", null, "厨房");
    }

    ConsumerRecord<String, byte[]> record(DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.of(event, "test");
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach(headers::add);
        return new ConsumerRecord<>(Topics.TICKET, 0, offset++, System.currentTimeMillis(), TimestampType.CREATE_TIME,
                -1, envelope.data().length, event.aggregateId(), envelope.data(), headers, Optional.empty());
    }
}
