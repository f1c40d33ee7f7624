package io.propertyops.notification.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderStarted;
import io.propertyops.testsupport.People;
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
import org.springframework.kafka.core.KafkaTemplate;

/** An owner who reads English gets English; staff reword a message, and a reworded one with a hole is refused. */
@ServiceTest
class TemplatesAndLanguagesTest {

    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final String community = "community-" + UUID.randomUUID();

    TestHttp.Response put(String path, String token, String json) {
        return http.send(http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    WorkOrderFacts facts(String owner) {
        return new WorkOrderFacts("WO-20261123-0099", community, "unit-9", owner, "REPAIR", "plumbing", "NORMAL",
                "DISPATCHED", "agent-1", "tech-1", 0, Map.of());
    }

    @Test
    void anOwnerReadsTheirLanguageAndStaffRewordWithinTheEventsFields() throws Exception {
        PersonRegistered owner = People.owner("Li Na", community, "unit-9").phone(null).at(Instant.now()).registered();
        String ownerToken = TestTokens.owner(owner.aggregateId(), community, "unit-9").token();
        String admin = TestTokens.staff("admin-" + UUID.randomUUID(), "ADMIN", community).token();
        EventPublishing.publish(kafka, owner);
        assertThat(put("/api/v1/me/notification-preferences", ownerToken,
                "{\"channels\": {\"*\": [\"IN_APP\"]}, \"language\": \"en\"}").status()).isEqualTo(200);

        var holed = put("/api/v1/message-templates/WORK_ORDER_STARTED/en", admin,
                "{\"title\": \"On site: {number}\", \"body\": \"{technicianName} is with you\"}");
        assertThat(holed.status()).as(holed.toString()).isEqualTo(422);
        assertThat(holed.<String>json("$.detail")).contains("technicianName");
        assertThat(put("/api/v1/message-templates/WORK_ORDER_STARTED/en", admin,
                "{\"title\": \"On site now: {number}\", \"body\": \"Urgency {urgency}; we are at your door.\"}").status())
                .isEqualTo(200);
        assertThat(put("/api/v1/message-templates/NO_SUCH_KIND/en", admin, "{\"title\": \"t\", \"body\": \"b\"}").status())
                .isEqualTo(404);
        assertThat(put("/api/v1/message-templates/WORK_ORDER_STARTED/en", ownerToken,
                "{\"title\": \"t\", \"body\": \"b\"}").status()).isEqualTo(403);

        EventPublishing.publish(kafka,
                new WorkOrderDispatched(UUID.randomUUID().toString(), "wo-99", Instant.now(), "system",
                        facts(owner.aggregateId()), "tech-1", null, true),
                new WorkOrderStarted(UUID.randomUUID().toString(), "wo-99", Instant.now(), "tech-1",
                        facts(owner.aggregateId())));

        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/me/notifications", ownerToken)
                .<List<String>>json("$.items[*].title").size() == 2);
        var inbox = http.get("/api/v1/me/notifications", ownerToken);
        assertThat(inbox.<List<String>>json("$.items[*].title"))
                .containsExactlyInAnyOrder("Dispatched: WO-20261123-0099", "On site now: WO-20261123-0099");
        assertThat(inbox.<List<String>>json("$.items[*].body")).contains("Urgency normal; we are at your door.");
    }
}
