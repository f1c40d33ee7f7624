package io.propertyops.billing.fee;

import io.propertyops.billing.BillingServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.propertyops.billing.BillingFixtures.attach;
import static io.propertyops.billing.BillingFixtures.createItem;
import static io.propertyops.billing.BillingFixtures.item;
import static io.propertyops.billing.BillingFixtures.postIfMatch;
import static io.propertyops.billing.BillingFixtures.put;
import static io.propertyops.billing.BillingFixtures.standard;
import static io.propertyops.billing.BillingFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

/** Fee items, their standards' history and their attachments through the API, and the problems bad input gets. */
class FeeItemsApiTest extends BillingServiceTest {

    final String community = "community-" + UUID.randomUUID();
    String finance;

    @BeforeEach
    void tokens() {
        finance = finance(community);
    }

    @Test
    void anItemIsCreatedOnceForAnIdempotencyKeyAndItsStandardChangesFromADate() {
        String body = item(community, "PROPERTY_MANAGEMENT", "物业服务费",
                standard("2026-01-01", "BUILDING_AREA", "2.00", "MONTHLY", "PREPAID", 2, "HALF_UP"));
        TestHttp.Response first = http.post("/api/v1/fee-items", finance, body, "Idempotency-Key", "pm-" + community);
        TestHttp.Response again = http.post("/api/v1/fee-items", finance, body, "Idempotency-Key", "pm-" + community);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        String id = first.json("$.id");
        assertThat((String) again.json("$.id")).isEqualTo(id);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");

        TestHttp.Response stale = postIfMatch(http, "/api/v1/fee-items/" + id + "/standards", finance,
                standard("2027-01-01", "BUILDING_AREA", "2.50", "MONTHLY", "PREPAID", 2, "HALF_UP"), "\"7\"");
        assertThat(stale.status()).as("%s", stale).isEqualTo(412);

        TestHttp.Response changed = postIfMatch(http, "/api/v1/fee-items/" + id + "/standards", finance,
                standard("2027-01-01", "BUILDING_AREA", "2.50", "MONTHLY", "PREPAID", 2, "HALF_UP"), "\"1\"");
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        TestHttp.Response history = http.get("/api/v1/fee-items/" + id + "/standards", finance);
        assertThat(history.<List<String>>json("$.standards[*].price")).containsExactly("2.00", "2.50");
        assertThat(history.<List<Integer>>json("$.standards[*].number")).containsExactly(1, 2);
        assertThat(history.<List<Boolean>>json("$.standards[*].billed")).containsExactly(false, false);

        TestHttp.Response renamed = put(http, "/api/v1/fee-items/" + id, finance, "{\"name\": \"物业费\"}", "\"2\"");
        assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);
        assertThat((String) http.get("/api/v1/fee-items?communityId=" + community, finance).json("$[0].name")).isEqualTo("物业费");

        String reader = TestTokens.staff("cs-" + community, "CUSTOMER_SERVICE", community).token();
        assertThat(http.get("/api/v1/fee-items/" + id, reader).status()).isEqualTo(200);
        assertThat(put(http, "/api/v1/fee-items/" + id, reader, "{\"name\": \"x\"}", null).status()).isEqualTo(403);
    }

    @Test
    void attachmentsReachUnitsInBulkOrOneByOneFromADateAndEnd() {
        String unit = unit(units, community, community + "-u1", "b1", "1-1-101", "RESIDENTIAL", "89.50", null);
        String pm = createItem(http, finance, item(community, "PROPERTY_MANAGEMENT", "物业服务费",
                standard("2026-01-01", "BUILDING_AREA", "2.00", "MONTHLY", "PREPAID", 2, "HALF_UP")));
        attach(http, finance, pm, "COMMUNITY", community, null, null);
        attach(http, finance, pm, "BUILDING", "b2", null, null);
        String single = attach(http, finance, pm, "UNIT", unit, null, null);

        TestHttp.Response ended = put(http, "/api/v1/fee-items/" + pm + "/attachments/" + single, finance,
                "{\"endsOn\": \"2026-12-31\"}", "\"1\"");
        assertThat(ended.status()).as("%s", ended).isEqualTo(200);
        assertThat((String) ended.json("$.endsOn")).isEqualTo("2026-12-31");
        assertThat(put(http, "/api/v1/fee-items/" + pm + "/attachments/" + single, finance, "{\"endsOn\": \"2025-01-01\"}",
                "\"2\"").status()).as("an end before the start").isEqualTo(422);
        assertThat(http.get("/api/v1/fee-items/" + pm + "/attachments", finance).<List<String>>json("$[*].target.kind"))
                .containsExactlyInAnyOrder("COMMUNITY", "BUILDING", "UNIT");
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String stated = createItem(http, finance, item(community, "DEPOSIT", "装修押金",
                standard("2026-01-01", "STATED", null, "ONCE", "PREPAID", 2, "HALF_UP")));
        String area = createItem(http, finance, item(community, "PROPERTY_MANAGEMENT", "物业服务费",
                standard("2026-01-01", "BUILDING_AREA", "2.00", "MONTHLY", "PREPAID", 2, "HALF_UP")));

        assertProblem(http.post("/api/v1/fee-items", finance, item(community, "WATER", "水费",
                standard("2026-01-01", "METERED", "3.50", "QUARTERLY", "POSTPAID", 2, "HALF_UP"))), 422, "metered-monthly-postpaid");
        assertProblem(http.post("/api/v1/fee-items", finance, item(community, "PARKING", "车位费",
                standard("2026-01-01", "METERED", "3.50", "MONTHLY", "POSTPAID", 2, "HALF_UP"))), 422, "metered-kind");
        assertProblem(http.post("/api/v1/fee-items", finance, item(community, "PARKING", "车位费",
                standard("2026-01-01", "FIXED", "3.505001", "MONTHLY", "PREPAID", 2, "HALF_UP"))), 400, "validation-failed");
        assertProblem(http.post("/api/v1/fee-items", finance, item(community, "PARKING", "车位费",
                standard("2026-01-01", "FIXED", "3", "MONTHLY", "PREPAID", 3, "HALF_UP"))), 400, "validation-failed");
        assertProblem(http.post("/api/v1/fee-items", finance, item("community-elsewhere", "PARKING", "车位费",
                standard("2026-01-01", "FIXED", "3", "MONTHLY", "PREPAID", 2, "HALF_UP"))), 404, "not-found");

        assertProblem(http.post("/api/v1/fee-items/" + stated + "/attachments", finance, """
                {"target": {"kind": "PERSON", "id": "person-1"}, "startsOn": "2026-01-01"}"""), 422, "amount-required");
        assertProblem(http.post("/api/v1/fee-items/" + area + "/attachments", finance, """
                {"target": {"kind": "PERSON", "id": "person-1"}, "startsOn": "2026-01-01"}"""), 422, "target-not-a-unit");
        assertProblem(http.post("/api/v1/fee-items/" + area + "/attachments", finance, """
                {"target": {"kind": "UNIT", "id": "no-such-unit"}, "startsOn": "2026-01-01"}"""), 422, "unknown-unit");
        assertProblem(http.post("/api/v1/fee-items/" + area + "/attachments", finance, """
                {"target": {"kind": "UNIT_TYPE", "id": "CASTLE"}, "startsOn": "2026-01-01"}"""), 422, "unknown-unit-type");
        assertProblem(http.post("/api/v1/fee-items/" + stated + "/attachments", finance, """
                {"target": {"kind": "PARKING_SPACE", "id": "space-1"}, "amount": "100.00", "startsOn": "2026-01-01"}"""),
                422, "holder-required");
        assertThat(http.get("/api/v1/fee-items/" + area + "/attachments", finance).<List<?>>json("$")).isEmpty();
        assertThat(http.get("/api/v1/fee-items/" + stated + "/attachments", finance).<List<?>>json("$")).isEmpty();

        attach(http, finance, area, "COMMUNITY", community, null, null);
        assertProblem(postIfMatch(http, "/api/v1/fee-items/" + area + "/standards", finance,
                standard("2027-01-01", "STATED", null, "MONTHLY", "PREPAID", 2, "HALF_UP"), "\"1\""), 422, "amount-required");
        assertThat(http.get("/api/v1/fee-items/" + area + "/standards", finance).<List<?>>json("$.standards")).hasSize(1);
    }

    static void assertProblem(TestHttp.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        if (code != null) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat((String) response.json("$.code")).isEqualTo(code);
        }
    }
}
