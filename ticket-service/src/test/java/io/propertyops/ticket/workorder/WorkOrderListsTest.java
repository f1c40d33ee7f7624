package io.propertyops.ticket.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the staff portal's boards read: a community's work in any of several statuses in one call (the "all open
 * work" view), and list items that carry their version, so that a step on one is sent with If-Match without reading
 * it again.
 */
@ServiceTest
class WorkOrderListsTest {

    @Autowired
    TestHttp http;

    /** A community of this test's own, so that every count is exact. */
    final String community = "community-lists-" + UUID.randomUUID();
    final String ownerId = "owner-" + UUID.randomUUID();
    final String owner = TestTokens.owner(ownerId, community, "unit-301").token();
    final String agent = TestTokens.staff("agent-" + UUID.randomUUID(), "CUSTOMER_SERVICE", community).token();
    final String plumberId = "tech-" + UUID.randomUUID();
    final String plumber = TestTokens.staff(plumberId, "TECHNICIAN", community).token();

    String submitted;
    String accepted;
    String dispatched;
    String cancelled;

    String report(String title) {
        var created = http.post("/api/v1/tickets", owner, """
                {"kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL", "title": "%s", "unitId": "unit-301"}"""
                .formatted(title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    TestHttp.Response ok(TestHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    TestHttp.Response step(String id, String action, String token, String json) {
        return http.post("/api/v1/tickets/" + id + "/" + action, token, json);
    }

    /** One work order in each of SUBMITTED, ACCEPTED, DISPATCHED and CANCELLED. */
    @BeforeEach
    void fourWorkOrders() {
        submitted = report("submitted");
        accepted = report("accepted");
        ok(step(accepted, "accept", agent, "{}"));
        dispatched = report("dispatched");
        ok(step(dispatched, "accept", agent, "{}"));
        ok(step(dispatched, "dispatch", agent, "{\"technicianId\": \"" + plumberId + "\"}"));
        cancelled = report("cancelled");
        ok(step(cancelled, "cancel", owner, "{}"));
    }

    List<String> listed(String query) {
        return ok(http.get("/api/v1/tickets?communityId=" + community + query, agent)).json("$.items[*].id");
    }

    @Test
    void statusRepeatedListsWorkInAnyOfThemInOnePage() {
        var open = ok(http.get("/api/v1/tickets?communityId=" + community
                + "&status=SUBMITTED&status=ACCEPTED&status=DISPATCHED&status=TAKEN&status=IN_PROGRESS&status=ON_HOLD",
                agent));
        assertThat(open.<List<String>>json("$.items[*].id")).containsExactlyInAnyOrder(dispatched, accepted, submitted);
        assertThat(open.<Integer>json("$.total")).isEqualTo(3);

        assertThat(listed("&status=ACCEPTED")).containsExactly(accepted);
        assertThat(listed("&status=CANCELLED&status=SUBMITTED")).containsExactlyInAnyOrder(cancelled, submitted);
        assertThat(listed("&status=ACCEPTED&status=ACCEPTED")).as("a status named twice").containsExactly(accepted);
        assertThat(listed("")).as("no status: every status").containsExactlyInAnyOrder(cancelled, dispatched, accepted, submitted);
        assertThat(listed("&status=DISPATCHED&status=ACCEPTED&assigneeId=" + plumberId)).containsExactly(dispatched);

        String threeStatuses = "&status=SUBMITTED&status=ACCEPTED&status=DISPATCHED&size=2";
        var first = ok(http.get("/api/v1/tickets?communityId=" + community + threeStatuses + "&page=0", agent));
        var second = ok(http.get("/api/v1/tickets?communityId=" + community + threeStatuses + "&page=1", agent));
        assertThat(first.<Integer>json("$.total")).isEqualTo(3);
        assertThat(second.<Integer>json("$.total")).isEqualTo(3);
        assertThat(first.<List<String>>json("$.items[*].id")).hasSize(2);
        assertThat(second.<List<String>>json("$.items[*].id")).hasSize(1)
                .doesNotContainAnyElementsOf(first.<List<String>>json("$.items[*].id"));

        var unknown = http.get("/api/v1/tickets?communityId=" + community + "&status=ACCEPTED&status=OPEN", agent);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSearchTakesSeveralStatusesToo() {
        var found = ok(http.get("/api/v1/ticket-reports/search?communityId=" + community
                + "&status=SUBMITTED&status=CANCELLED", agent));
        assertThat(found.<List<String>>json("$.items[*].id")).containsExactlyInAnyOrder(cancelled, submitted);
        assertThat(found.<Integer>json("$.total")).isEqualTo(2);

        var narrowed = ok(http.get("/api/v1/ticket-reports/search?communityId=" + community
                + "&status=SUBMITTED&status=ACCEPTED&text=accept", agent));
        assertThat(narrowed.<List<String>>json("$.items[*].id")).containsExactly(accepted);

        var unknown = http.get("/api/v1/ticket-reports/search?communityId=" + community + "&status=OPEN", agent);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    }

    @Test
    void everyListItemCarriesTheVersionItsETagWouldCarry() {
        Map<String, Integer> versions = new java.util.HashMap<>();
        List<Map<String, Object>> items = ok(http.get("/api/v1/tickets?communityId=" + community, agent)).json("$.items");
        items.forEach(item -> versions.put((String) item.get("id"), (Integer) item.get("version")));
        assertThat(versions).containsOnlyKeys(submitted, accepted, dispatched, cancelled);
        for (var entry : versions.entrySet()) {
            assertThat(http.get("/api/v1/tickets/" + entry.getKey(), agent).header("ETag"))
                    .isEqualTo("\"" + entry.getValue() + "\"");
        }
        assertThat(versions.get(submitted)).isZero();
        assertThat(versions.get(dispatched)).as("accepted, then dispatched").isEqualTo(2);

        List<Map<String, Object>> assignments = ok(http.get("/api/v1/me/assignments", plumber)).json("$.items");
        assertThat(assignments).singleElement().satisfies(item -> assertThat(item.get("version")).isEqualTo(2));
        List<Map<String, Object>> mine = ok(http.get("/api/v1/me/tickets", owner)).json("$.items");
        assertThat(mine).extracting(item -> item.get("version")).hasSize(4).doesNotContainNull();

        // a step sent with the listed version applies; the same version once more is stale
        String ifMatch = "\"" + versions.get(dispatched) + "\"";
        var taken = ok(http.post("/api/v1/tickets/" + dispatched + "/take", plumber, "{}", "If-Match", ifMatch));
        assertThat(taken.<Integer>json("$.version")).isEqualTo(3);
        assertThat(taken.header("ETag")).isEqualTo("\"3\"");
        var stale = http.post("/api/v1/tickets/" + dispatched + "/start", plumber, "{}", "If-Match", ifMatch);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    }
}
