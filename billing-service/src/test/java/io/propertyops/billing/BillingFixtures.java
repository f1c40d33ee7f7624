package io.propertyops.billing;

import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.testsupport.TestHttp;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Units as facility-service announces them, fee items and attachments as staff send them, and the calls with them. */
public final class BillingFixtures {

    private BillingFixtures() {
    }

    /** A unit billing knows, as if facility-service had just announced it. */
    public static String unit(UnitAreas units, String communityId, String unitId, String buildingId, String number,
                              String type, String buildingArea, String interiorArea) {
        units.apply(new UnitChanged(UUID.randomUUID().toString(), unitId, Instant.parse("2026-01-01T00:00:00Z"), 1,
                communityId, buildingId, number, 1, type, "OCCUPIED", buildingArea, interiorArea));
        return unitId;
    }

    /** A standard's JSON: formula, price (or null), cycle, mode, due on day 15 of the billing month, rounding. */
    public static String standard(String from, String formula, String price, String cycle, String mode, int scale,
                                  String rounding) {
        return """
                {"effectiveFrom": "%s", "formula": "%s", "price": %s, "cycle": "%s", "mode": "%s",
                 "dueRule": {"kind": "DAY_OF_MONTH", "days": 15}, "rounding": {"scale": %d, "mode": "%s"}}"""
                .formatted(from, formula, price == null ? "null" : "\"" + price + "\"", cycle, mode, scale, rounding);
    }

    public static String item(String communityId, String kind, String name, String standard) {
        return """
                {"communityId": "%s", "kind": "%s", "name": "%s", "standard": %s}""".formatted(communityId, kind, name, standard);
    }

    /** Creates a fee item; its id. */
    public static String createItem(TestHttp http, String token, String json) {
        TestHttp.Response created = http.post("/api/v1/fee-items", token, json);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json("$.id");
    }

    /** Attaches an item from 2026-01-01, open-ended; the attachment's id. */
    public static String attach(TestHttp http, String token, String itemId, String kind, String id, String holderId,
                                String amount) {
        TestHttp.Response attached = http.post("/api/v1/fee-items/" + itemId + "/attachments", token, """
                {"target": {"kind": "%s", "id": "%s", "holderId": %s}, "amount": %s, "startsOn": "2026-01-01"}"""
                .formatted(kind, id, holderId == null ? "null" : "\"" + holderId + "\"",
                        amount == null ? "null" : "\"" + amount + "\""));
        assertThat(attached.status()).as("%s", attached).isEqualTo(201);
        return attached.json("$.id");
    }

    public static TestHttp.Response put(TestHttp http, String path, String token, String json, String ifMatch) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    public static TestHttp.Response postIfMatch(TestHttp http, String path, String token, String json, String ifMatch) {
        return ifMatch == null ? http.post(path, token, json) : http.post(path, token, json, "If-Match", ifMatch);
    }
}
