package io.propertyops.notification.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;

/** People register their app devices, see and remove only their own, and push messages reach them (here: the sink). */
@ServiceTest
class MyDevicesTest {

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

    TestHttp.Response put(String token, String deviceToken, String json) {
        return http().send(http().request("/api/v1/me/devices/" + deviceToken, token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    TestHttp.Response delete(String token, String deviceToken) {
        return http().send(http().request("/api/v1/me/devices/" + deviceToken, token).DELETE());
    }

    @Test
    void anOwnerRegistersUpdatesAndRemovesTheirDeviceButCannotTouchAnotherOnes() {
        String owner = TestTokens.owner("owner-" + UUID.randomUUID(), community, "unit-1").token();
        String neighbour = TestTokens.owner("owner-" + UUID.randomUUID(), community, "unit-2").token();
        String phone = "fcm:" + UUID.randomUUID();
        String tablet = "hms-" + UUID.randomUUID();

        assertThat(put(owner, phone, "{\"platform\": \"ANDROID\", \"appVersion\": \"3.1.0\"}").status()).isEqualTo(200);
        var updated = put(owner, phone, "{\"platform\": \"ANDROID\", \"appVersion\": \"3.2.0\"}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.<String>json("$.appVersion")).isEqualTo("3.2.0");
        assertThat(put(owner, tablet, "{\"platform\": \"HARMONY\", \"appVersion\": \"3.2.0\"}").status()).isEqualTo(200);
        assertThat(http().get("/api/v1/me/devices", owner).<List<String>>json("$[*].deviceToken")).containsExactly(phone, tablet);

        var taken = put(neighbour, phone, "{\"platform\": \"IOS\", \"appVersion\": \"1.0\"}");
        assertThat(taken.status()).isEqualTo(404);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(http().get("/api/v1/me/devices/" + phone, neighbour).status()).isEqualTo(404);
        assertThat(delete(neighbour, phone).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/me/devices", neighbour).<List<String>>json("$[*]")).isEmpty();
        assertThat(http().get("/api/v1/me/devices/" + phone, owner).<String>json("$.platform")).isEqualTo("ANDROID");

        assertThat(put(owner, tablet, "{\"platform\": \"WINDOWS\", \"appVersion\": \"3.2.0\"}").status()).isEqualTo(400);
        assertThat(delete(owner, tablet).status()).isEqualTo(204);
        assertThat(delete(owner, tablet).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/me/devices", owner).<List<String>>json("$[*].deviceToken")).containsExactly(phone);
        // signed out on the phone: now the neighbour may sign in on it
        assertThat(delete(owner, phone).status()).isEqualTo(204);
        assertThat(put(neighbour, phone, "{\"platform\": \"ANDROID\", \"appVersion\": \"3.2.0\"}").status()).isEqualTo(200);
    }

    @Test
    void aPushGoesToTheDevelopmentSinkOnlyForWhoeverHasADevice() throws Exception {
        PersonRegistered withApp = owner("张伟");
        PersonRegistered withoutApp = owner("王芳");
        EventPublishing.publish(kafka, withApp, withoutApp);
        await().until(() -> deliveries.reachable(withApp.aggregateId()) && deliveries.reachable(withoutApp.aggregateId()));
        String token = TestTokens.owner(withApp.aggregateId(), community, "unit-1").token();
        String device = "apns-" + UUID.randomUUID();
        assertThat(put(token, device, "{\"platform\": \"IOS\", \"appVersion\": \"3.2.0\"}").status()).isEqualTo(200);
        for (PersonRegistered person : List.of(withApp, withoutApp)) {
            // no quiet hours, whenever the test runs: push is on by default
            var saved = http().send(http().request("/api/v1/me/notification-preferences",
                            TestTokens.owner(person.aggregateId(), community, "unit-1").token())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"channels\": {\"*\": [\"IN_APP\", \"PUSH\"]}}")));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        }

        for (PersonRegistered person : List.of(withApp, withoutApp)) {
            EventPublishing.publish(kafka, new WorkOrderResolved(UUID.randomUUID().toString(), "wo-9", Instant.now(),
                    "tech-1", new WorkOrderFacts("WO-20261124-0009", community, "unit-1", person.aggregateId(),
                            "REPAIR", "plumbing", "NORMAL", "RESOLVED", "agent-1", "tech-1", 0, Map.of()), "更换角阀"));
        }

        String admin = TestTokens.staff("admin-1", "ADMIN", community).token();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().get("/api/v1/admin/push-sink?personId=" + withApp.aggregateId(), admin).<List<String>>json("$[*].title").size() == 1);
        var sink = http().get("/api/v1/admin/push-sink?personId=" + withApp.aggregateId(), admin);
        assertThat(sink.<String>json("$[0].title")).isEqualTo("工单已完工，请确认：WO-20261124-0009");
        assertThat(sink.<List<String>>json("$[0].deviceTokens")).containsExactly(device);
        await().until(() -> !http().get("/api/v1/me/notifications", TestTokens.owner(withoutApp.aggregateId(), community,
                "unit-1").token()).<List<String>>json("$.items").isEmpty());
        assertThat(deliveries.of(withoutApp.aggregateId())).isEmpty();
        assertThat(http().get("/api/v1/admin/push-sink?personId=" + withApp.aggregateId(),
                TestTokens.staff("cs-1", "CUSTOMER_SERVICE", community).token()).status()).isEqualTo(403);
    }

    PersonRegistered owner(String name) {
        return new PersonRegistered(UUID.randomUUID().toString(), "owner-" + UUID.randomUUID(), Instant.now(), name,
                "13800138009", null, List.of("OWNER"), List.of(community), List.of("unit-1"), List.of(), false);
    }
}
