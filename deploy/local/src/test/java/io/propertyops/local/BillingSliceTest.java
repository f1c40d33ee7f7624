package io.propertyops.local;

import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16's money slice, end to end on the real processes through the gateway: finance sets a fee item for the
 * demo owner's unit and runs the month's bills (a dry run first, writing nothing); the owner pays one line online —
 * the development sandbox provider, whose signed notification goes through the same verification as WeChat Pay's —
 * and the cashier takes the rest in cash at the desk; both get receipts, the unit's ledger balances to zero, and the
 * owner is told of the bill and the payments. (The late fee after the grace period and its waiver need a moved clock,
 * which the platform's processes do not have: billing-service's LateFeesAndWaiversTest proves them on the real broker.)
 */
@ExtendWith(SharedPlatform.class)
class BillingSliceTest {

    static final String COMMUNITY = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2"; // 翠湖花园
    static final String UNIT = "68ac8d21-fbad-588a-99b9-6808bb720063";      // the unit of owner 13800138001
    static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

    static LocalPlatform platform;
    static TestHttp gateway;

    @BeforeAll
    static void shared(LocalPlatform shared) {
        platform = shared;
        gateway = TestHttp.at(platform.gatewayUrl());
    }

    static String login(String username) {
        return PkceLogin.against(URI.create(platform.gatewayUrl()))
                .login("propertyops-app", REDIRECT_URI, "openid profile", username, platform.demoPassword())
                .accessToken();
    }

    static TestHttp.Response ok(TestHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 202);
        return response;
    }

    @Test
    void aBillRunPaidPartOnlineAndTheRestAtTheDeskLeavesTheUnitOwingNothing() throws Exception {
        String finance = login("maxiaoyan");
        String owner = login("13800138001");
        String run = UUID.randomUUID().toString().substring(0, 8);

        String management = ok(gateway.post("/api/v1/fee-items", finance, """
                {"communityId": "%s", "kind": "PROPERTY_MANAGEMENT", "name": "物业服务费 %s",
                 "standard": {"effectiveFrom": "2026-01-01", "formula": "FIXED", "price": "287.40", "cycle": "MONTHLY",
                              "mode": "PREPAID", "dueRule": {"kind": "DAYS_AFTER_ISSUE", "days": 15}}}"""
                .formatted(COMMUNITY, run), "Idempotency-Key", "fee-pm-" + run)).json("$.id");
        String water = ok(gateway.post("/api/v1/fee-items", finance, """
                {"communityId": "%s", "kind": "OTHER", "name": "垃圾清运费 %s",
                 "standard": {"effectiveFrom": "2026-01-01", "formula": "FIXED", "price": "25.00", "cycle": "MONTHLY",
                              "mode": "PREPAID", "dueRule": {"kind": "DAYS_AFTER_ISSUE", "days": 15}}}"""
                .formatted(COMMUNITY, run), "Idempotency-Key", "fee-waste-" + run)).json("$.id");
        for (String item : List.of(management, water)) {
            ok(gateway.post("/api/v1/fee-items/" + item + "/attachments", finance, """
                    {"target": {"kind": "UNIT", "id": "%s"}, "startsOn": "2026-01-01"}""".formatted(UNIT)));
        }

        // the unit's area and building reach billing from facility's events; the dry run writes nothing
        String body = """
                {"communityId": "%s", "period": "2026-12", "feeItemIds": ["%s", "%s"], "dryRun": %s}""";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ok(gateway.post("/api/v1/bill-runs",
                finance, body.formatted(COMMUNITY, management, water, true))).<String>json("$.total")).isEqualTo("312.40"));
        String payer = "UNIT:" + UNIT;
        String before = gateway.get("/api/v1/ledgers/" + payer, finance).status() == 404 ? "0.00"
                : gateway.get("/api/v1/ledgers/" + payer, finance).json("$.owed");

        ok(gateway.post("/api/v1/bill-runs", finance, body.formatted(COMMUNITY, management, water, false)));
        ok(gateway.post("/api/v1/bill-runs", finance, body.formatted(COMMUNITY, management, water, false)));
        TestHttp.Response ledger = ok(gateway.get("/api/v1/ledgers/" + payer, owner));
        assertThat(new java.math.BigDecimal(ledger.<String>json("$.owed")))
                .as("the run posted 312.40 once, whatever the unit owed before")
                .isEqualByComparingTo(new java.math.BigDecimal(before).add(new java.math.BigDecimal("312.40")));
        List<String> charges = ledger.json("$.openCharges[?(@.feeName =~ /.*" + run + "/)].chargeId");
        assertThat(charges).hasSize(2);
        String managementCharge = ledger.<List<String>>json("$.openCharges[?(@.feeName == '物业服务费 " + run + "')].chargeId")
                .getFirst();
        String wasteCharge = charges.stream().filter(id -> !id.equals(managementCharge)).findFirst().orElseThrow();

        // online: the owner pays the management fee through the sandbox provider, notified and verified
        TestHttp.Response order = ok(gateway.post("/api/v1/me/payments", owner, """
                {"unitId": "%s", "chargeIds": ["%s"], "provider": "SANDBOX"}""".formatted(UNIT, managementCharge),
                "Idempotency-Key", "order-" + run));
        assertThat(order.<String>json("$.amount")).isEqualTo("287.40");
        String orderId = order.json("$.id");
        ok(gateway.post("/api/v1/payments/sandbox/" + orderId + "/pay", owner, ""));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                gateway.get("/api/v1/me/payments/" + orderId, owner).<String>json("$.state")).isEqualTo("PAID"));

        // at the desk: the cashier takes the rest in cash
        TestHttp.Response desk = ok(gateway.post("/api/v1/desk-payments", finance, """
                {"communityId": "%s", "unitId": "%s", "method": "CASH", "amount": 25.00, "chargeIds": ["%s"],
                 "payerName": "业主"}""".formatted(COMMUNITY, UNIT, wasteCharge), "Idempotency-Key", "desk-" + run));
        String deskReceipt = desk.json("$.receiptId");

        TestHttp.Response after = ok(gateway.get("/api/v1/ledgers/" + payer, owner));
        assertThat(after.<List<String>>json("$.openCharges[?(@.feeName =~ /.*" + run + "/)].chargeId")).isEmpty();
        assertThat(after.<String>json("$.owed")).isEqualTo(before);

        // receipts: both payments, the desk's as a PDF the owner can download
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ok(gateway.get(
                "/api/v1/me/receipts?communityId=" + COMMUNITY + "&unitId=" + UNIT, owner))
                .<List<String>>json("$[*].amount")).contains("287.40", "25.00"));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(gateway.request("/api/v1/receipts/" + deskReceipt
                + ".pdf", owner).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        // the owner was told of the bill and of both payments
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ok(gateway.get(
                "/api/v1/me/notifications?size=50", owner)).<List<String>>json("$.items[*].title"))
                .contains("新账单：2026-12", "缴费成功：287.40 元", "缴费成功：25.00 元"));
    }
}
