package io.propertyops.notification.delivery;

import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.SmsCodeRequested;
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
import java.util.List;
import java.util.Map;
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
 * SMS through a configured HTTP provider: the provider gets the phone, the signed text and our reference with the
 * API key; when it fails, the message waits and is sent again, once.
 */
@ServiceTest
class HttpSmsProviderTest {

    static final ProviderStub provider = new ProviderStub("/sms", "test-key", null);
    // 10:00 in Shanghai, outside quiet hours
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    @DynamicPropertySource
    static void sms(DynamicPropertyRegistry registry) {
        registry.add("propertyops.notification.sms.provider-url", provider::url);
        registry.add("propertyops.notification.sms.api-key", () -> "test-key");
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

    @Test
    void theProviderGetsTheTextAndAFailureIsRetriedNotDropped() throws Exception {
        provider.failuresLeft.set(1);
        String community = "community-" + UUID.randomUUID();
        PersonRegistered owner = new PersonRegistered(UUID.randomUUID().toString(), "owner-" + UUID.randomUUID(),
                CLOCK.instant(), "张伟", "13800138001", null, List.of("OWNER"), List.of(community), List.of("unit-1"),
                List.of(), false);
        EventPublishing.publish(kafka, owner);
        await().until(() -> deliveries.reachable(owner.aggregateId()));
        TestTokens.useClock(CLOCK);
        TestHttp http = TestHttp.at("http://localhost:" + port);
        assertThat(http.send(http.request("/api/v1/me/notification-preferences",
                        TestTokens.owner(owner.aggregateId(), community, "unit-1").token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"channels\": {\"*\": [\"IN_APP\", \"SMS\"]}}"))).status())
                .isEqualTo(200);

        EventPublishing.publish(kafka, new WorkOrderResolved(UUID.randomUUID().toString(), "wo-5", CLOCK.instant(),
                "tech-1", new WorkOrderFacts("WO-20261124-0005", community, "unit-1", owner.aggregateId(), "REPAIR",
                        "plumbing", "NORMAL", "RESOLVED", "agent-1", "tech-1", 0, Map.of()), "更换角阀"));

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.of(owner.aggregateId()).stream()
                .anyMatch(d -> d.attempts().size() == 1 && !d.attempts().getFirst().sent()));
        assertThat(provider.receivedWith("13800138001")).isEmpty();
        CLOCK.set(CLOCK.instant().plus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !provider.receivedWith("13800138001").isEmpty());

        assertThat(provider.receivedWith("13800138001")).singleElement().asString()
                .contains("\"phone\":\"13800138001\"").contains("【物业服务】工单已完工，请确认：WO-20261124-0005");
        // the provider has it a moment before the sender records the attempt
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.of(owner.aggregateId()).stream()
                .allMatch(d -> d.status() == OutboundDelivery.Status.SENT));
        assertThat(deliveries.of(owner.aggregateId())).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(OutboundDelivery.Status.SENT));
    }

    @Test
    void aLoginCodeGoesThroughTheProviderAtOnceAndIsRetriedOnlyUntilItExpires() throws Exception {
        provider.failuresLeft.set(1);
        String phone = "13700137001";
        String person = "owner-" + UUID.randomUUID();
        SmsCodeRequested code = new SmsCodeRequested(UUID.randomUUID().toString(), person, CLOCK.instant(), phone,
                "042917", "LOGIN", CLOCK.instant().plus(Duration.ofMinutes(5)));
        EventPublishing.publish(kafka, code, code);

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.of(person).stream()
                .anyMatch(d -> d.attempts().size() == 1 && !d.attempts().getFirst().sent()));
        CLOCK.set(CLOCK.instant().plus(Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !provider.receivedWith(phone).isEmpty());
        assertThat(provider.receivedWith(phone)).singleElement().asString()
                .contains("【物业服务】您的登录验证码为 042917，5分钟内有效，请勿告诉他人。");
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.of(person).stream()
                .allMatch(d -> d.status() == OutboundDelivery.Status.SENT));
        assertThat(deliveries.of(person)).singleElement().satisfies(d -> {
            assertThat(d.priority()).isEqualTo(OutboundDelivery.IMMEDIATE);
            assertThat(d.status()).isEqualTo(OutboundDelivery.Status.SENT);
            assertThat(d.body()).as("the code is not kept once sent").doesNotContain("042917");
        });

        String stalePerson = "owner-" + UUID.randomUUID();
        provider.failuresLeft.set(100);
        EventPublishing.publish(kafka, new SmsCodeRequested(UUID.randomUUID().toString(), stalePerson, CLOCK.instant(),
                "13700137002", "731046", "LOGIN", CLOCK.instant().plus(Duration.ofMinutes(5))));
        await().atMost(Duration.ofSeconds(20)).until(() -> !deliveries.of(stalePerson).isEmpty()
                && !deliveries.of(stalePerson).getFirst().attempts().isEmpty());
        provider.failuresLeft.set(0);
        CLOCK.set(CLOCK.instant().plus(Duration.ofMinutes(6)));
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.of(stalePerson).getFirst().status()
                == OutboundDelivery.Status.FAILED);
        assertThat(provider.receivedWith("13700137002")).as("an expired code is never sent").isEmpty();
    }
}
