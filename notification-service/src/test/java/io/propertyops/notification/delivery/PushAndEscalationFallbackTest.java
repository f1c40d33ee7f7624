package io.propertyops.notification.delivery;

import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Push through a local HTTP push provider, and the escalation chain: push first, then SMS (here the development
 * sink) when the push fails for good or the message is still unread five minutes later; none for who read it.
 */
@ServiceTest
class PushAndEscalationFallbackTest {

    /** Tokens starting with this are ones the provider always refuses. */
    static final String BROKEN = "broken-";
    static final ProviderStub provider = new ProviderStub("/push", "push-key", BROKEN);
    // 10:00 in Shanghai, outside quiet hours
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-25T02:00:00Z"));

    @DynamicPropertySource
    static void push(DynamicPropertyRegistry registry) {
        registry.add("propertyops.notification.push.provider-url", provider::url);
        registry.add("propertyops.notification.push.api-key", () -> "push-key");
        registry.add("propertyops.notification.delivery.interval", () -> "PT0.2S");
    }

    @TestConfiguration
    static class MovableClock {
        @Bean
        MutableClock clock() {
            return CLOCK;
        }
    }

    @AfterAll
    static void stop() {
        provider.stop();
        TestTokens.useClock(java.time.Clock.systemUTC());
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Deliveries deliveries;

    final String community = "community-" + UUID.randomUUID();

    TestHttp http() {
        return TestHttp.at("http://localhost:" + port);
    }

    PersonRegistered person(String name, String role, String phone) {
        return new PersonRegistered(UUID.randomUUID().toString(), role.toLowerCase() + "-" + UUID.randomUUID(),
                CLOCK.instant(), name, phone, null, List.of(role), List.of(community), List.of("unit-1"), List.of(), false);
    }

    String token(PersonRegistered person) {
        TestTokens.useClock(CLOCK);
        return TestTokens.staff(person.aggregateId(), person.roles().getFirst(), community).units("unit-1").token();
    }

    void registerDevice(PersonRegistered person, String deviceToken) {
        var registered = http().send(http().request("/api/v1/me/devices/" + deviceToken, token(person))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"platform\": \"ANDROID\", \"appVersion\": \"3.2.0\"}")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
    }

    void publishPeople(PersonRegistered... people) throws Exception {
        EventPublishing.publish(kafka, people);
        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(people).allMatch(p -> deliveries.reachable(p.aggregateId())));
    }

    WorkOrderFacts facts(String reporter) {
        return new WorkOrderFacts("WO-20261125-0031", community, "unit-1", reporter, "REPAIR", "plumbing", "URGENT",
                "DISPATCHED", "agent-1", "tech-1", 0, Map.of());
    }

    Optional<OutboundDelivery> delivery(PersonRegistered person, String channel) {
        return deliveries.of(person.aggregateId()).stream().filter(d -> d.channel().equals(channel)).findFirst();
    }

    @Test
    void aPushTheProviderFirstRefusesArrivesOnceAfterTheRetry() throws Exception {
        PersonRegistered owner = person("张伟", "OWNER", "13800138001");
        publishPeople(owner);
        String device = "fcm-" + UUID.randomUUID();
        registerDevice(owner, device);
        provider.failuresLeft.set(1);

        EventPublishing.publish(kafka, new WorkOrderResolved(UUID.randomUUID().toString(), "wo-31", CLOCK.instant(),
                "tech-1", facts(owner.aggregateId()), "更换角阀"));

        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(owner, "PUSH")
                .filter(d -> d.attempts().size() == 1 && !d.attempts().getFirst().sent()).isPresent());
        assertThat(provider.receivedWith(device)).isEmpty();
        CLOCK.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> !provider.receivedWith(device).isEmpty());

        assertThat(provider.receivedWith(device)).singleElement().satisfies(body -> assertThat(body)
                .contains("\"deviceTokens\":[\"" + device + "\"]")
                .contains("工单已完工，请确认：WO-20261125-0031")
                .contains("\"reference\":\"" + delivery(owner, "PUSH").orElseThrow().id() + "\""));
        // the provider has it a moment before the sender records the attempt
        await().atMost(Duration.ofSeconds(10)).until(() ->
                delivery(owner, "PUSH").orElseThrow().status() == OutboundDelivery.Status.SENT);
        assertThat(delivery(owner, "SMS")).isEmpty();
    }

    @Test
    void anEscalationGoesByPushThenBySmsToWhoeverHasNotReadItOrCannotBePushed() throws Exception {
        PersonRegistered unanswered = person("郑华", "SUPERVISOR", "13900000001");
        PersonRegistered reader = person("李强", "SUPERVISOR", "13900000002");
        PersonRegistered brokenPhone = person("陈静", "SUPERVISOR", "13900000003");
        PersonRegistered withoutApp = person("周敏", "SUPERVISOR", "13900000004");
        publishPeople(unanswered, reader, brokenPhone, withoutApp);
        registerDevice(unanswered, "fcm-" + UUID.randomUUID());
        registerDevice(reader, "fcm-" + UUID.randomUUID());
        registerDevice(brokenPhone, BROKEN + UUID.randomUUID());
        provider.failuresLeft.set(0);
        Instant escalatedAt = CLOCK.instant();

        EventPublishing.publish(kafka, new WorkOrderEscalated(UUID.randomUUID().toString(), "wo-31", escalatedAt,
                "system", facts("owner-1"), "ARRIVAL", escalatedAt.minus(Duration.ofMinutes(40)), 2));

        // no device: SMS at once
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(withoutApp, "SMS")
                .filter(d -> d.status() == OutboundDelivery.Status.SENT).isPresent());
        assertThat(delivery(withoutApp, "SMS").orElseThrow().fallbackFrom()).isNull();
        assertThat(delivery(withoutApp, "PUSH")).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> List.of(unanswered, reader).stream().allMatch(p ->
                delivery(p, "PUSH").filter(d -> d.status() == OutboundDelivery.Status.SENT).isPresent()));
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(brokenPhone, "PUSH")
                .filter(d -> d.attempts().size() == 1).isPresent());

        String readerToken = token(reader);
        String entry = http().get("/api/v1/me/notifications", readerToken).json("$.items[0].id");
        assertThat(http().post("/api/v1/me/notifications/" + entry + "/read", readerToken, "{}").status()).isEqualTo(204);

        // the broken push is retried at 30 s and 90 s, and given up at 2 min: SMS, well before 5 min
        for (int seconds : new int[] {30, 90, 120}) {
            CLOCK.set(escalatedAt.plusSeconds(seconds));
            await().atMost(Duration.ofSeconds(20)).until(() -> delivery(brokenPhone, "PUSH").orElseThrow().attempts()
                    .stream().anyMatch(attempt -> !attempt.at().isBefore(CLOCK.instant())));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(brokenPhone, "SMS").isPresent());
        OutboundDelivery brokenPush = delivery(brokenPhone, "PUSH").orElseThrow();
        assertThat(brokenPush.status()).isEqualTo(OutboundDelivery.Status.FAILED);
        assertThat(delivery(brokenPhone, "SMS").orElseThrow()).satisfies(sms -> {
            assertThat(sms.fallbackFrom()).isEqualTo(brokenPush.id());
            assertThat(sms.address()).isEqualTo("13900000003");
        });
        assertThat(delivery(unanswered, "SMS")).as("still within 5 minutes").isEmpty();

        CLOCK.set(escalatedAt.plus(Duration.ofMinutes(5)).plusSeconds(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(unanswered, "SMS")
                .filter(d -> d.status() == OutboundDelivery.Status.SENT).isPresent());
        OutboundDelivery sms = delivery(unanswered, "SMS").orElseThrow();
        assertThat(sms.fallbackFrom()).isEqualTo(delivery(unanswered, "PUSH").orElseThrow().id());
        assertThat(sms.address()).isEqualTo("13900000001");
        assertThat(sms.title()).isEqualTo("工单超时（二级升级）：WO-20261125-0031");

        await().atMost(Duration.ofSeconds(20)).until(() -> delivery(reader, "PUSH").orElseThrow().fallbackAt() == null);
        assertThat(delivery(reader, "SMS")).as("read in the app before the 5 minutes were up").isEmpty();
        assertThat(deliveries.of(unanswered.aggregateId())).hasSize(2);
    }
}
