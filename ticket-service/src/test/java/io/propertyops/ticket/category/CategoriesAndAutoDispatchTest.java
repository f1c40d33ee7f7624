package io.propertyops.ticket.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.propertyops.events.EventEnvelope;
import io.propertyops.testsupport.People;
import io.propertyops.events.Topics;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A supervisor adds a subject to the community's plumbing trade; an owner reports under it; on acceptance the work
 * goes straight to the on-duty plumber with the least open work, matched by the subject's trade.
 */
@ServiceTest
class CategoriesAndAutoDispatchTest {

    final String community = "community-" + UUID.randomUUID();

    @Autowired
    TestHttp http;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    TestHttp.Response put(String path, String token, String json) {
        return http.send(http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    void registerTechnician(String id, String name, boolean onDuty, String... skills) throws Exception {
        PersonRegistered event = People.staff(name, "TECHNICIAN", community).id(id).skills(skills).onDuty(onDuty)
                .at(Instant.now()).registered();
        EventEnvelope envelope = EventEnvelope.of(event, "test");
        RecordHeaders headers = new RecordHeaders();
        envelope.headers().forEach(headers::add);
        kafka.send(new ProducerRecord<>(Topics.SECURITY, null, id, envelope.data(), headers)).get();
    }

    @Test
    void aSubjectAddedByStaffIsReportedUnderAndDispatchedByItsTrade() throws Exception {
        String supervisor = TestTokens.staff("sup-" + UUID.randomUUID(), "SUPERVISOR", community).token();
        String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", community).token();
        String owner = TestTokens.owner("owner-" + UUID.randomUUID(), community, "unit-5").token();
        var edited = put("/api/v1/categories/" + community, supervisor, """
                {"trades": [
                  {"code": "plumbing", "name": "给排水", "children": [
                     {"code": "plumbing-water-heater", "name": "热水器"},
                     {"code": "plumbing-well", "name": "水井", "active": false}]},
                  {"code": "electrical", "name": "电气"}]}""");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(http.get("/api/v1/categories/" + community, owner).<List<String>>json("$.trades[0].children[*].code"))
                .containsExactly("plumbing-water-heater", "plumbing-well");

        String busyPlumber = "tech-" + UUID.randomUUID();
        String freePlumber = "tech-" + UUID.randomUUID();
        registerTechnician(busyPlumber, "吴刚", true, "plumbing");
        registerTechnician(freePlumber, "周强", true, "plumbing", "electrical");
        registerTechnician("tech-" + UUID.randomUUID(), "李明", false, "plumbing");
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/roster?communityId=" + community, agent)
                .<List<String>>json("$.technicians[*].id").size() == 3);

        String first = report(owner, "plumbing-water-heater");
        var accepted = http.post("/api/v1/tickets/" + first + "/accept", agent, "{}");
        String firstAssignee = accepted.json("$.assigneeId");
        assertThat(firstAssignee).isIn(busyPlumber, freePlumber);
        assertThat(accepted.<String>json("$.status")).isEqualTo("DISPATCHED");
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/roster?communityId=" + community, agent)
                .<List<Integer>>json("$.technicians[?(@.id == '" + firstAssignee + "')].openWork").contains(1));

        String second = report(owner, "plumbing");
        String secondAssignee = http.post("/api/v1/tickets/" + second + "/accept", agent, "{}").json("$.assigneeId");
        assertThat(secondAssignee).as("the one with less open work").isNotEqualTo(firstAssignee).isIn(busyPlumber, freePlumber);

        var retired = http.post("/api/v1/tickets", owner, """
                {"kind": "REPAIR", "category": "plumbing-well", "urgency": "NORMAL", "title": "井水浑浊", "unitId": "unit-5"}""");
        assertThat(retired.status()).isEqualTo(422);
        assertThat(retired.<String>json("$.code")).isEqualTo("unknown-category");
        assertThat(put("/api/v1/categories/" + community, owner, "{\"trades\": []}").status()).isEqualTo(403);
        assertThat(put("/api/v1/categories/" + community, TestTokens.staff("sup-far", "SUPERVISOR", "community-far").token(),
                "{\"trades\": [{\"code\": \"other\", \"name\": \"其他\"}]}").status()).isEqualTo(404);
    }

    String report(String owner, String category) {
        var created = http.post("/api/v1/tickets", owner, """
                {"kind": "REPAIR", "category": "%s", "urgency": "NORMAL", "title": "热水器漏水", "unitId": "unit-5"}"""
                .formatted(category));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }
}
