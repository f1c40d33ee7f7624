package io.propertyops.local;

import io.propertyops.testsupport.PkceLogin;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15's finding slice, end to end on the real processes through the gateway: three abnormal answers on three
 * inspection rounds and two alarms of its device gateway about the same pump are five findings in facility-service,
 * and one work order with five occurrences in ticket-service — whatever the order they arrive in.
 */
@ExtendWith(SharedPlatform.class)
class FacilityFindingsSliceTest {

    static final String COMMUNITY = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2"; // 翠湖花园
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

    static TestHttp.Response created(TestHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response;
    }

    static String hmac(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void threeAbnormalAnswersAndTwoAlarmsAboutOnePumpAreOneWorkOrderWithFiveOccurrences() throws Exception {
        String manager = login("huangjianguo");
        String supervisor = login("zhenghua");
        String inspector = login("zhouqiang");
        String run = UUID.randomUUID().toString().substring(0, 8);

        String pump = created(gateway.post("/api/v1/equipment?communityId=" + COMMUNITY, manager, """
                {"code": "PUMP-E2E-%s", "type": "pump", "name": "3号楼 2号生活水泵 %s",
                 "location": {"kind": "BUILDING", "id": "e2e-building"}, "locationName": "3号楼 水泵房",
                 "importance": "A"}""".formatted(run, run))).json("$.id");

        String route = created(gateway.post("/api/v1/inspection-routes", supervisor, """
                {"communityId": "%s", "name": "设备房日检 %s", "category": "plumbing", "window": "PT2H",
                 "points": [{"id": "point-pump", "name": "2号生活水泵", "location": {"kind": "BUILDING", "id": "e2e-building"},
                   "locationName": "3号楼 水泵房", "equipmentId": "%s", "tag": "QR-E2E-%s",
                   "checklist": [{"id": "outlet-pressure", "label": "出水压力", "type": "NUMBER", "min": 0.25, "max": 0.6,
                                  "unit": "MPa", "faultType": "pump.pressure-low", "severity": "HIGH"}]}]}"""
                .formatted(COMMUNITY, run, pump, run))).json("$.id");
        for (int i = 0; i < 3; i++) {
            String round = created(gateway.post("/api/v1/rounds", inspector, """
                    {"routeId": "%s"}""".formatted(route), "Idempotency-Key", run + "-round-" + i)).json("$.id");
            TestHttp.Response checked = created(gateway.post("/api/v1/rounds/" + round + "/points/point-pump/check-in",
                    inspector, """
                    {"tag": "QR-E2E-%s", "answers": [{"itemId": "outlet-pressure", "value": 0.1%d}]}""".formatted(run, i)));
            assertThat(checked.<List<String>>json("$.findingIds")).hasSize(1);
        }

        TestHttp.Response registered = created(gateway.post("/api/v1/device-gateways", manager, """
                {"communityId": "%s", "name": "水泵房网关 %s"}""".formatted(COMMUNITY, run)));
        String deviceGateway = registered.json("$.id");
        String secret = registered.json("$.secret");
        TestHttp.Response mapped = gateway.send(gateway.request("/api/v1/device-gateways/" + deviceGateway
                        + "/devices/pump-controller", manager).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name": "2号泵控制器", "location": {"kind": "BUILDING", "id": "e2e-building"},
                         "locationName": "3号楼 水泵房", "equipmentId": "%s", "category": "plumbing"}""".formatted(pump))));
        assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
        // raised, cleared, raised again: two alarms, two findings
        Instant at = Instant.now().minusSeconds(120);
        for (String[] alarm : List.of(new String[]{"RAISED", at.toString()}, new String[]{"CLEARED", at.plusSeconds(30).toString()},
                new String[]{"RAISED", at.plusSeconds(60).toString()})) {
            String body = """
                    {"batchId": "%s-%s", "alarms": [{"deviceId": "pump-controller", "alarmType": "pump.pressure-low",
                     "state": "%s", "at": "%s", "value": "0.12 MPa"}]}""".formatted(run, alarm[1], alarm[0], alarm[1]);
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            TestHttp.Response accepted = gateway.send(gateway.request("/api/v1/device-intake/" + deviceGateway + "/batches", null)
                    .header("Content-Type", "application/json").header("X-Device-Timestamp", timestamp)
                    .header("X-Device-Signature", "sha256=" + hmac(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
            assertThat(accepted.status()).as(accepted.toString()).isIn(200, 202);
        }

        AtomicReference<Map<String, Object>> workOrder = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<Map<String, Object>> items = gateway.get("/api/v1/tickets?communityId=" + COMMUNITY
                    + "&status=SUBMITTED&size=100", supervisor).json("$.items[?(@.origin.equipmentId == '" + pump + "')]");
            if (items.size() == 1 && ((Map<?, ?>) items.getFirst().get("origin")).get("occurrences").equals(5)) {
                workOrder.set(items.getFirst());
                return true;
            }
            assertThat(items).as("one work order for the pump's low pressure").hasSizeLessThanOrEqualTo(1);
            return false;
        });
        assertThat(workOrder.get().get("kind")).isEqualTo("INSPECTION_FINDING");
        assertThat(workOrder.get().get("urgency")).isEqualTo("URGENT");

        // facility knows which work order each of its five findings went to
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> gateway.get(
                "/api/v1/findings?communityId=" + COMMUNITY + "&equipmentId=" + pump + "&size=50", supervisor)
                .<List<String>>json("$..workOrderId").stream().filter(workOrder.get().get("id")::equals).count() == 5);
    }
}
