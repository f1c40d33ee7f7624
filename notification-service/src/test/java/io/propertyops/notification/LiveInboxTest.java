package io.propertyops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.testsupport.People;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/** A customer-service agent's portal sees a new request the moment it lands in their inbox. */
@ServiceTest
class LiveInboxTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aNewRequestReachesTheAgentsOpenStream() throws Exception {
        String community = "community-" + UUID.randomUUID();
        PersonRegistered agent = People.staff("赵敏", "CUSTOMER_SERVICE", community).phone(null).at(Instant.now()).registered();
        EventPublishing.publish(kafka, agent);
        await().until(() -> mongo.exists(Query.query(Criteria.where("_id").is(agent.aggregateId())), "recipients"));

        List<String> lines = new CopyOnWriteArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/me/notifications/stream"))
                    .header("Authorization", "Bearer " + TestTokens.staff(agent.aggregateId(), "CUSTOMER_SERVICE", community).token())
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(stream.statusCode()).isEqualTo(200);
            Thread reader = Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));

            EventPublishing.publish(kafka, new WorkOrderCreated(UUID.randomUUID().toString(), "wo-" + UUID.randomUUID(),
                    Instant.now(), "WO-20261124-0007", community, "unit-1", "owner-1", "张伟", "REPAIR", "plumbing",
                    "URGENT", "APP", "厨房水管漏水", null, null));

            await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(line ->
                    line.startsWith("data:") && line.contains("新报修待受理：WO-20261124-0007")));
            assertThat(lines).contains("event:notification");
            reader.interrupt();
        }
    }

    @Test
    void aQuietStreamIsKeptAliveWithCommentLines() throws Exception {
        String community = "community-" + UUID.randomUUID();
        List<String> lines = new CopyOnWriteArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/me/notifications/stream"))
                    .header("Authorization", "Bearer " + TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", community).token())
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            Thread reader = Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));

            await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().filter(":keep-alive"::equals).count() >= 2);
            assertThat(lines).first().isEqualTo(":connected");
            assertThat(lines).noneMatch(line -> line.startsWith("data:"));
            reader.interrupt();
        }
    }
}
