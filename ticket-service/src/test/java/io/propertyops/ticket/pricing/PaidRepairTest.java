package io.propertyops.ticket.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderQuoted;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A paid in-unit repair: the technician quotes from the community's published prices, the owner approves before
 * work starts, and the closed work order tells billing exactly what to charge.
 */
@ServiceTest
class PaidRepairTest {

    static final String COMMUNITY = "community-paid";

    @Autowired
    TestHttp http;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    final String ownerId = "owner-" + UUID.randomUUID();
    final String owner = TestTokens.owner(ownerId, COMMUNITY, "unit-1201").token();
    final String neighbour = TestTokens.owner("owner-" + UUID.randomUUID(), COMMUNITY, "unit-1202").token();
    final String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", COMMUNITY).token();
    final String manager = TestTokens.staff("manager-" + UUID.randomUUID(), "PROPERTY_MANAGER", COMMUNITY).token();
    final String plumberId = "tech-" + UUID.randomUUID();
    final String plumber = TestTokens.staff(plumberId, "TECHNICIAN", COMMUNITY).token();

    TestHttp.Response post(String path, String token, String json) {
        return http.post(path, token, json);
    }

    TestHttp.Response ok(String id, String step, String token, String json) {
        TestHttp.Response response = post("/api/v1/tickets/" + id + "/" + step, token, json);
        assertThat(response.status()).as(step + ": " + response).isEqualTo(200);
        return response;
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.<String>json("$.code")).isEqualTo(code);
    }

    @Test
    void theOwnerApprovesTheQuoteBeforeWorkStartsAndTheClosedWorkOrderCarriesTheCharges() {
        var published = http.send(http.request("/api/v1/price-lists/" + COMMUNITY, manager)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"currency": "CNY", "items": [
                          {"code": "angle-valve", "name": "角阀", "unit": "个", "price": 38},
                          {"code": "labour-hour", "name": "维修工时", "unit": "小时", "price": 50.00}]}""")));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(http.get("/api/v1/price-lists/" + COMMUNITY, owner).<List<String>>json("$.items[*].code"))
                .containsExactly("angle-valve", "labour-hour");

        String id = post("/api/v1/tickets", owner, """
                {"kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL", "title": "卫生间角阀漏水",
                 "unitId": "unit-1201"}""").json("$.id");
        ok(id, "accept", agent, "{}");
        ok(id, "dispatch", agent, "{\"technicianId\": \"" + plumberId + "\"}");
        ok(id, "take", plumber, "{}");
        assertProblem(post("/api/v1/tickets/" + id + "/quote", plumber,
                "{\"items\": [{\"code\": \"gold-tap\", \"quantity\": 1}]}"), 422, "unknown-price-code");
        var quoted = ok(id, "quote", plumber, """
                {"items": [{"code": "angle-valve", "quantity": 1}, {"code": "labour-hour", "quantity": 0.5}]}""");
        assertThat(quoted.<Double>json("$.quote.total")).isEqualTo(63.00);
        assertProblem(post("/api/v1/tickets/" + id + "/start", plumber, "{}"), 409, "quote-not-approved");
        assertProblem(post("/api/v1/tickets/" + id + "/quote/approval", neighbour, "{}"), 404, "not-found");

        ok(id, "quote/approval", owner, "{}");
        ok(id, "start", plumber, "{}");
        ok(id, "resolve", plumber, "{\"result\": \"更换角阀\"}");
        ok(id, "confirm", owner, "{}");
        ok(id, "revisit", agent, "{\"satisfied\": true, \"note\": \"满意\"}");
        ok(id, "close", agent, "{}");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.TICKET)) {
            assertThat(tap.awaitOne(WorkOrderQuoted.class, e -> e.aggregateId().equals(id)).charges().total())
                    .isEqualTo("63.00");
            var charges = tap.awaitOne(WorkOrderClosed.class, e -> e.aggregateId().equals(id)).charges();
            assertThat(charges.currency()).isEqualTo("CNY");
            assertThat(charges.total()).isEqualTo("63.00");
            assertThat(charges.lines()).extracting(line -> line.code() + " " + line.quantity() + " × "
                    + line.unitPrice() + " = " + line.amount())
                    .containsExactly("angle-valve 1 × 38.00 = 38.00", "labour-hour 0.5 × 50.00 = 25.00");
        }
    }

    @Test
    void onlyManagersOfTheCommunityPublishPrices() {
        String foreignManager = TestTokens.staff("manager-x", "PROPERTY_MANAGER", "community-far").token();
        String body = "{\"currency\": \"CNY\", \"items\": [{\"code\": \"x1\", \"name\": \"x\", \"unit\": \"个\", \"price\": 1}]}";

        assertProblem(http.send(http.request("/api/v1/price-lists/" + COMMUNITY, foreignManager)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body))), 404, "not-found");
        assertProblem(http.send(http.request("/api/v1/price-lists/" + COMMUNITY, plumber)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body))), 403, "forbidden");
        assertProblem(http.send(http.request("/api/v1/price-lists/" + COMMUNITY, manager)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"currency\": \"CNY\", \"items\": [{\"code\": \"x1\", \"name\": \"x\", \"unit\": \"个\", \"price\": -1}]}"))),
                400, "validation-failed");
    }
}
