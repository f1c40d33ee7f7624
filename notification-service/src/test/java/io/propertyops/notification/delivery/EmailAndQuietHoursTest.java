package io.propertyops.notification.delivery;

import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
import org.springframework.test.util.TestSocketUtils;

/**
 * Email through a real SMTP server (GreenMail). At 23:00 in the estate, an ordinary update waits for the end of the
 * owner's quiet hours while an escalation reaches the supervisor at once; when the mail server is down, messages
 * wait and go out once it is back.
 */
@ServiceTest
class EmailAndQuietHoursTest {

    static final int SMTP_PORT = TestSocketUtils.findAvailableTcpPort();
    static GreenMail smtp = started();
    // 23:00 in Shanghai
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));

    static GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
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
    static void stopSmtp() {
        smtp.stop();
        TestTokens.useClock(java.time.Clock.systemUTC());
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Deliveries deliveries;

    final String community = "community-" + UUID.randomUUID();

    PersonRegistered person(String name, String role, String email) {
        return new PersonRegistered(UUID.randomUUID().toString(), role.toLowerCase() + "-" + UUID.randomUUID(),
                CLOCK.instant(), name, "13800000000", email, List.of(role), List.of(community), List.of(), List.of(), false);
    }

    void wantsEmail(PersonRegistered person, String role) {
        TestTokens.useClock(CLOCK);
        TestHttp http = TestHttp.at("http://localhost:" + port);
        var saved = http.send(http.request("/api/v1/me/notification-preferences",
                        TestTokens.staff(person.aggregateId(), role, community).token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"channels": {"*": ["IN_APP", "EMAIL"]}, "quietFrom": "22:00", "quietUntil": "08:00"}""")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    WorkOrderFacts facts(String reporter) {
        return new WorkOrderFacts("WO-20261123-0077", community, "unit-3", reporter, "REPAIR", "plumbing", "URGENT",
                "RESOLVED", "agent-1", "tech-1", 0, Map.of());
    }

    static List<String> mailTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(EmailAndQuietHoursTest::subject).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEscalationIgnoresQuietHoursAnOrdinaryUpdateWaitsAndAnOutageOnlyDelays() throws Exception {
        PersonRegistered owner = person("张伟", "OWNER", "zhangwei@example.com");
        PersonRegistered supervisor = person("郑华", "SUPERVISOR", "zhenghua@example.com");
        PersonRegistered manager = person("黄建国", "PROPERTY_MANAGER", "huang@example.com");
        EventPublishing.publish(kafka, owner, supervisor, manager);
        awaitInDirectory(owner, supervisor, manager);
        wantsEmail(owner, "OWNER");
        wantsEmail(supervisor, "SUPERVISOR");
        wantsEmail(manager, "PROPERTY_MANAGER");

        WorkOrderResolved resolved = new WorkOrderResolved(UUID.randomUUID().toString(), "wo-77", CLOCK.instant(), "tech-1",
                facts(owner.aggregateId()), "更换角阀");
        WorkOrderEscalated levelTwo = new WorkOrderEscalated(UUID.randomUUID().toString(), "wo-77", CLOCK.instant(),
                "system", facts(owner.aggregateId()), "ARRIVAL", CLOCK.instant().minus(Duration.ofMinutes(40)), 2);
        EventPublishing.publish(kafka, resolved, levelTwo, resolved);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo("zhenghua@example.com").size() == 1);
        assertThat(mailTo("zhenghua@example.com")).containsExactly("工单超时（二级升级）：WO-20261123-0077");
        await().until(() -> deliveries.of(owner.aggregateId()).size() == 1);
        OutboundDelivery waiting = deliveries.of(owner.aggregateId()).getFirst();
        assertThat(waiting.status()).isEqualTo(OutboundDelivery.Status.PENDING);
        assertThat(waiting.notBefore()).as("08:00 in Shanghai").isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(mailTo("zhangwei@example.com")).isEmpty();

        CLOCK.set(Instant.parse("2026-11-24T00:01:00Z"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo("zhangwei@example.com").size() == 1);
        assertThat(mailTo("zhangwei@example.com")).containsExactly("工单已完工，请确认：WO-20261123-0077");

        smtp.stop();
        WorkOrderEscalated levelThree = new WorkOrderEscalated(UUID.randomUUID().toString(), "wo-77", CLOCK.instant(),
                "system", facts(owner.aggregateId()), "ARRIVAL", CLOCK.instant().minus(Duration.ofHours(2)), 3);
        EventPublishing.publish(kafka, levelThree);
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.of(manager.aggregateId()).stream()
                .anyMatch(d -> d.channel().equals("EMAIL") && !d.attempts().isEmpty() && !d.attempts().getFirst().sent()));
        assertThat(email(manager).status()).isEqualTo(OutboundDelivery.Status.PENDING);

        smtp = started();
        CLOCK.set(CLOCK.instant().plus(Duration.ofMinutes(2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo("huang@example.com").size() == 1);
        assertThat(email(manager).status()).isEqualTo(OutboundDelivery.Status.SENT);
    }

    OutboundDelivery email(PersonRegistered person) {
        return deliveries.of(person.aggregateId()).stream().filter(d -> d.channel().equals("EMAIL")).findFirst().orElseThrow();
    }

    void awaitInDirectory(PersonRegistered... people) {
        // a person's preferences are theirs to set; their contact points come from security-service's events
        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(people).allMatch(p ->
                deliveries.reachable(p.aggregateId())));
    }
}
