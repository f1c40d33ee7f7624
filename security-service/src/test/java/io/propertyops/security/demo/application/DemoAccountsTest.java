package io.propertyops.security.demo.application;

import io.propertyops.events.Topics;
import io.propertyops.security.SecurityServiceTest;
import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.Role;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DemoAccountsTest extends SecurityServiceTest {

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    DemoData demoData;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    /** Other test classes of the shared context open accounts of their own; count the file's people only. */
    long demoPeopleWithAccounts() {
        return demoData.estate().orElseThrow().people().stream()
                .filter(person -> accounts.withId(person.id()).isPresent()).count();
    }

    @Test
    void everyPersonOfTheDataFileGetsAnAccountUnderTheirPersonId() {
        assertThat(demoPeopleWithAccounts()).isEqualTo(7);
        Account owner = accounts.withUsername(OWNER_USERNAME).orElseThrow();
        assertThat(owner.id()).isEqualTo(OWNER_ID);
        assertThat(owner.profile().roles()).containsExactly(Role.OWNER);
        assertThat(owner.profile().unitIds()).containsExactly(OWNER_UNIT);
        assertThat(owner.enabled()).isTrue();
        assertThat(owner.passwordHash()).startsWith("{bcrypt}");
        assertThat(passwords.matches(DEMO_PASSWORD, owner.passwordHash())).isTrue();
        assertThat(accounts.withUsername(TECHNICIAN_USERNAME).orElseThrow().profile().skills())
                .containsExactly("plumbing", "electrical");
    }

    @Autowired
    MongoTemplate mongo;

    @Test
    void everySeededPersonIsAnnouncedThroughTheOutbox() {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                mongo.count(Query.query(Criteria.where("pendingEvents.0").exists(true)), "accounts") == 0);
        var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                "bootstrap.servers", kafkaBootstrap, "group.id", "person-check-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        Set<String> announced = new HashSet<>();
        try (consumer) {
            consumer.subscribe(List.of(Topics.SECURITY));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> announced.add(record.key()));
                return announced.contains(OWNER_ID);
            });
        }
        assertThat(announced).contains(OWNER_ID);
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    @Test
    void seedingAgainCreatesNoDuplicates() {
        int opened = demoAccounts.seed();

        assertThat(opened).isZero();
        assertThat(demoPeopleWithAccounts()).isEqualTo(7);
        assertThat(accounts.withUsername(OWNER_USERNAME).orElseThrow().id()).isEqualTo(OWNER_ID);
    }

    @Test
    void secondReplicaOpeningTheSamePeopleAtOnceAddsNothing() {
        // a replica that found the store empty at the same moment as the first one
        int opened = demoAccounts.open(demoData.estate().orElseThrow().people());

        assertThat(opened).isZero();
        assertThat(demoPeopleWithAccounts()).isEqualTo(7);
        assertThat(accounts.withUsername(OWNER_USERNAME).orElseThrow().id()).isEqualTo(OWNER_ID);
    }
}
