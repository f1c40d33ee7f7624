package io.propertyops.ticket.workorder;

import io.propertyops.events.CloudEventHeaders;
import io.propertyops.events.Topics;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class WorkOrderIntakeTest {

    static final String COMMUNITY = "community-cuihu";
    static final String OTHER_COMMUNITY = "community-elsewhere";

    static final List<ConsumerRecord<String, byte[]>> published = new CopyOnWriteArrayList<>();
    static KafkaConsumer<String, byte[]> consumer;
    static Thread polling;
    static volatile boolean polling_on = true;

    @Autowired
    TestHttp http;
    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void listenToTicketTopic(@Autowired KafkaProperties kafka) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "intake-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.TICKET));
        polling = new Thread(() -> {
            while (polling_on) {
                consumer.poll(Duration.ofMillis(100)).forEach(published::add);
            }
            consumer.close();
        }, "intake-test-consumer");
        polling.start();
    }

    @AfterAll
    static void stopListening() throws InterruptedException {
        polling_on = false;
        polling.join();
    }

    static String owner() {
        return "owner-" + UUID.randomUUID();
    }

    static String kitchenLeak(String unitId) {
        return """
                {"unitId": "%s", "kind": "REPAIR", "category": "plumbing", "urgency": "URGENT",
                 "title": "厨房水管漏水", "description": "水槽下面的水管一直在滴水", "location": "厨房"}
                """.formatted(unitId);
    }

    long workOrdersOf(String reporterId) {
        return mongo.count(Query.query(Criteria.where("reporterId").is(reporterId)), "work_orders");
    }

    List<ConsumerRecord<String, byte[]>> eventsOf(String workOrderId) {
        return published.stream().filter(record -> workOrderId.equals(record.key())).toList();
    }

    @Test
    void ownerReportsKitchenLeakAndTheCreatedEventLeavesThroughTheOutbox() {
        String owner = owner();
        var response = http.post("/api/v1/tickets",
                TestTokens.owner(owner, COMMUNITY, "unit-101").name("张伟").token(), kitchenLeak("unit-101"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json("$.id");
        assertThat(response.header("Location")).isEqualTo("/api/v1/tickets/" + id);
        assertThat(response.<String>json("$.number")).matches("WO-\\d{8}-\\d{4}");
        assertThat(response.<String>json("$.status")).isEqualTo("SUBMITTED");
        assertThat(response.<String>json("$.communityId")).isEqualTo(COMMUNITY);

        await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() == 1);
        ConsumerRecord<String, byte[]> event = eventsOf(id).getFirst();
        assertThat(header(event, CloudEventHeaders.TYPE)).isEqualTo("propertyops.ticket.created.v1");
        assertThat(header(event, CloudEventHeaders.SOURCE)).isEqualTo("ticket-service");
        assertThat(header(event, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(header(event, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(new String(event.value(), StandardCharsets.UTF_8))
                .contains("\"title\":\"厨房水管漏水\"").contains("\"reporterName\":\"张伟\"");

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Document stored = mongo.findById(id, Document.class, "work_orders");
            return stored.getList("pendingEvents", Document.class).isEmpty();
        });
    }

    @Test
    void aRetriedReportWithTheSameIdempotencyKeyCreatesOneWorkOrder() {
        String owner = owner();
        String token = TestTokens.owner(owner, COMMUNITY, "unit-102").token();
        var first = http.post("/api/v1/tickets", token, kitchenLeak("unit-102"), "Idempotency-Key", "retry-1");
        var second = http.post("/api/v1/tickets", token, kitchenLeak("unit-102"), "Idempotency-Key", "retry-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(workOrdersOf(owner)).isEqualTo(1);
    }

    @Test
    void numbersCountUpWithinTheDay() {
        String token = TestTokens.owner(owner(), COMMUNITY, "unit-103").token();
        String first = http.post("/api/v1/tickets", token, kitchenLeak("unit-103")).json("$.number");
        String second = http.post("/api/v1/tickets", token, kitchenLeak("unit-103")).json("$.number");

        assertThat(Integer.parseInt(second.substring(12))).isGreaterThan(Integer.parseInt(first.substring(12)));
    }

    @Test
    void malformedJsonIsABadRequestProblemAndWritesNothing() {
        String owner = owner();
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").token(), "{\"kind\": \"REPAIR\",");

        assertProblem(response, 400, "malformed-request");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void missingFieldsAreListedInTheProblem() {
        String owner = owner();
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").token(), "{\"unitId\": \"u1\"}");

        assertProblem(response, 400, "validation-failed");
        assertThat(response.<List<String>>json("$.errors[*].field")).contains("kind", "category", "urgency", "title");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void aWrongTypeIsABadRequest() {
        String owner = owner();
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").token(),
                kitchenLeak("u1").replace("\"URGENT\"", "\"VERY\""));

        assertProblem(response, 400, "malformed-request");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void anUnknownCategoryIsRefused() {
        String owner = owner();
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").token(),
                kitchenLeak("u1").replace("plumbing", "teleportation"));

        assertProblem(response, 422, "unknown-category");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void anotherOwnersUnitIsNotFoundAndWritesNothing() {
        String owner = owner();
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "my-unit").token(),
                kitchenLeak("their-unit"));

        assertProblem(response, 404, "not-found");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void aCommunityTheCallerDoesNotBelongToIsNotFound() {
        String owner = owner();
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").token(),
                kitchenLeak("u1").replace("{", "{\"communityId\": \"" + OTHER_COMMUNITY + "\","));

        assertProblem(response, 404, "not-found");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void anOversizedBodyIsRefused() {
        String owner = owner();
        String huge = kitchenLeak("u1").replace("水槽下面的水管一直在滴水", "滴".repeat(300_000));
        var response = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").token(), huge);

        assertProblem(response, 413, "payload-too-large");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorizedProblems() {
        String owner = owner();
        assertProblem(http.post("/api/v1/tickets", null, kitchenLeak("u1")), 401, "unauthorized");
        assertProblem(http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").expired().token(), kitchenLeak("u1")), 401, "unauthorized");
        assertProblem(http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").signedByForeignKey().token(), kitchenLeak("u1")), 401, "unauthorized");
        assertProblem(http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u1").issuer("https://evil.example").token(), kitchenLeak("u1")), 401, "unauthorized");
        assertThat(workOrdersOf(owner)).isZero();
    }

    @Test
    void ownersSeeOnlyTheirOwnWorkOrdersAndStaffOnlyTheirCommunities() {
        String owner = owner();
        String id = http.post("/api/v1/tickets", TestTokens.owner(owner, COMMUNITY, "u7").token(), kitchenLeak("u7")).json("$.id");

        assertThat(http.get("/api/v1/tickets/" + id, TestTokens.owner(owner, COMMUNITY, "u7").token()).status()).isEqualTo(200);
        assertProblem(http.get("/api/v1/tickets/" + id, TestTokens.owner(owner(), COMMUNITY, "u8").token()), 404, "not-found");
        assertThat(http.get("/api/v1/tickets/" + id, TestTokens.staff("cs-1", "CUSTOMER_SERVICE", COMMUNITY).token()).status()).isEqualTo(200);
        assertProblem(http.get("/api/v1/tickets/" + id, TestTokens.staff("cs-2", "CUSTOMER_SERVICE", OTHER_COMMUNITY).token()), 404, "not-found");
        assertProblem(http.get("/api/v1/tickets/no-such-id", TestTokens.owner(owner, COMMUNITY, "u7").token()), 404, "not-found");

        var mine = http.get("/api/v1/me/tickets", TestTokens.owner(owner, COMMUNITY, "u7").token());
        assertThat(mine.<List<String>>json("$.items[*].id")).containsExactly(id);
        assertThat(mine.<Integer>json("$.total")).isEqualTo(1);
    }

    @Test
    void staffReportingAsIfFromTheAppMustSayWhereAndForWhom() {
        var response = http.post("/api/v1/tickets", TestTokens.staff("tech-1", "TECHNICIAN", COMMUNITY).token(), kitchenLeak("u1"));
        assertProblem(response, 422, "required-for-staff-intake");
        assertProblem(http.post("/api/v1/tickets", TestTokens.staff("finance-1", "FINANCE", COMMUNITY).token(),
                kitchenLeak("u1")), 403, "forbidden");
    }

    @Test
    void badPagingParametersAreBadRequests() {
        String token = TestTokens.owner(owner(), COMMUNITY, "u1").token();
        assertProblem(http.get("/api/v1/me/tickets?size=100000", token), 400, "validation-failed");
        assertProblem(http.get("/api/v1/me/tickets?page=abc", token), 400, "invalid-parameter");
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.code")).isEqualTo(code);
        assertThat(response.<String>json("$.type")).isEqualTo("https://propertyops.io/problems/" + code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
