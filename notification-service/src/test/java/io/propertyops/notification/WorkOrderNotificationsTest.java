package io.propertyops.notification;

import io.propertyops.events.CloudEventHeaders;
import io.propertyops.events.DomainEvent;
import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.testsupport.People;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class WorkOrderNotificationsTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaProperties kafkaProperties;

    final String community = "community-" + UUID.randomUUID();

    void publish(DomainEvent event) throws Exception {
        EventPublishing.publish(kafka, event);
    }

    PersonRegistered customerService(String name) {
        return People.staff(name, "CUSTOMER_SERVICE", community).phone("13900139001").onDuty(false).at(Instant.now())
                .registered();
    }

    WorkOrderCreated kitchenLeak(String workOrderId, String ownerId) {
        return new WorkOrderCreated(UUID.randomUUID().toString(), workOrderId, Instant.now(), "WO-20261123-0042",
                community, "unit-101", ownerId, "张伟", "REPAIR", "plumbing", "URGENT", "APP", "厨房水管漏水",
                null, "厨房");
    }

    long messagesOf(String recipientId) {
        return mongo.count(Query.query(Criteria.where("recipientId").is(recipientId)), "inbox");
    }

    @Test
    void aNewRepairReachesTheOwnerAndTheCommunitysCustomerService() throws Exception {
        PersonRegistered agent = customerService("赵敏");
        publish(agent);
        await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is(agent.aggregateId())), "recipients"));
        String owner = "owner-" + UUID.randomUUID();

        publish(kitchenLeak("wo-" + UUID.randomUUID(), owner));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesOf(owner) == 1 && messagesOf(agent.aggregateId()) == 1);
        var ownerInbox = http.get("/api/v1/me/notifications", TestTokens.owner(owner, community, "unit-101").token());
        assertThat(ownerInbox.status()).isEqualTo(200);
        assertThat(ownerInbox.<String>json("$.items[0].title")).isEqualTo("报修已受理");
        assertThat(ownerInbox.<String>json("$.items[0].body")).contains("WO-20261123-0042").contains("厨房水管漏水");
        assertThat(ownerInbox.<Integer>json("$.unread")).isEqualTo(1);
        var agentInbox = http.get("/api/v1/me/notifications",
                TestTokens.staff(agent.aggregateId(), "CUSTOMER_SERVICE", community).token());
        assertThat(agentInbox.<String>json("$.items[0].title")).isEqualTo("新报修待受理：WO-20261123-0042");
    }

    @Test
    void aDeactivatedAgentIsToldNothingMore() throws Exception {
        PersonRegistered stays = customerService("赵敏");
        PersonRegistered leaves = customerService("孙丽");
        publish(stays);
        publish(leaves);
        publish(new PersonDeactivated(UUID.randomUUID().toString(), leaves.aggregateId(), Instant.now(),
                "manager-1", "离职"));
        await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is(stays.aggregateId())), "recipients")
                && mongo.exists(Query.query(Criteria.where("_id").is(leaves.aggregateId()).and("deactivatedAt").ne(null)), "recipients"));

        publish(kitchenLeak("wo-" + UUID.randomUUID(), "owner-" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesOf(stays.aggregateId()) == 1);
        assertThat(messagesOf(leaves.aggregateId())).isZero();
    }

    @Test
    void anAgentMovedToAnotherCommunityHearsNoMoreOfTheOldOneEvenWhenTheirRegistrationIsRedelivered() throws Exception {
        PersonRegistered stays = customerService("赵敏");
        PersonRegistered moves = customerService("孙丽");
        publish(stays);
        publish(moves);
        publish(new StaffRolesChanged(UUID.randomUUID().toString(), moves.aggregateId(),
                moves.occurredAt().plusSeconds(60), "manager-1", List.of("CUSTOMER_SERVICE"), List.of("community-other")));
        publish(moves);
        publish(new PersonUpdated(UUID.randomUUID().toString(), moves.aggregateId(), moves.occurredAt().plusSeconds(120),
                "孙丽丽", "13900139002", null));
        await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is(moves.aggregateId())
                .and("name").is("孙丽丽")), "recipients"));
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(moves.aggregateId())
                .and("communityIds").is(List.of("community-other"))), "recipients"))
                .as("the redelivered registration did not move the agent back").isTrue();

        publish(kitchenLeak("wo-" + UUID.randomUUID(), "owner-" + UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesOf(stays.aggregateId()) == 1);
        assertThat(messagesOf(moves.aggregateId())).isZero();
    }

    @Test
    void aRedeliveredEventProducesNoSecondMessage() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String workOrderId = "wo-" + UUID.randomUUID();
        WorkOrderCreated created = kitchenLeak(workOrderId, owner);
        publish(created);
        publish(created);
        // a later event of the same work order travels the same partition, so once it is handled the
        // redelivery before it has been handled too
        WorkOrderCreated marker = new WorkOrderCreated(UUID.randomUUID().toString(), workOrderId, Instant.now(),
                "WO-20261123-0043", community, "unit-101", owner, "张伟", "REPAIR", "plumbing", "URGENT", "APP",
                "marker", null, null);
        publish(marker);

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesOf(owner) >= 2);
        assertThat(messagesOf(owner)).isEqualTo(2);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndThePartitionContinues() throws Exception {
        String key = "wo-" + UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, "propertyops.ticket.created.v1".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "test".getBytes(StandardCharsets.UTF_8));
        kafka.send(new ProducerRecord<>(Topics.TICKET, null, key, "{not json".getBytes(StandardCharsets.UTF_8), headers)).get();
        String owner = "owner-" + UUID.randomUUID();
        publish(kitchenLeak(key, owner));

        await().atMost(Duration.ofSeconds(20)).until(() -> messagesOf(owner) == 1);
        List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaProperties.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.TICKET)));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        deadLetters.add(record);
                    }
                });
                return !deadLetters.isEmpty();
            });
        }
        ConsumerRecord<String, byte[]> dead = deadLetters.getFirst();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-original-topic").value(), StandardCharsets.UTF_8))
                .isEqualTo(Topics.TICKET);
    }

    @Test
    void aStrangerSeesOnlyTheirOwnEmptyInbox() {
        var response = http.get("/api/v1/me/notifications", TestTokens.owner("nobody-" + UUID.randomUUID(), community).token());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<Integer>json("$.total")).isZero();
        assertThat(http.get("/api/v1/me/notifications", null).status()).isEqualTo(401);
    }
}
