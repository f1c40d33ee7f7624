package io.propertyops.facility.equipment;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.EquipmentStateChanged;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class EquipmentLedgerTest {

    @Autowired
    TestHttp http;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    final String community = "community-" + UUID.randomUUID();
    final String supervisor = TestTokens.staff("supervisor-" + UUID.randomUUID(), "SUPERVISOR", community).token();

    TestHttp.Response register(String code) {
        return http.post(EquipmentJson.registerIn(community), supervisor, EquipmentJson.pump(code, "COMMON_AREA"));
    }

    TestHttp.Response send(String method, String path, String token, String json, String ifMatch) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    @Test
    void registersEquipmentWithAStableQrCodeAndAUniqueCodePerCommunity() {
        TestHttp.Response created = register("pump-03-02");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(created.<String>json("$.code")).isEqualTo("PUMP-03-02");
        assertThat(created.<String>json("$.category")).isEqualTo("plumbing");
        assertThat(created.<String>json("$.state")).isEqualTo("OPERATIONAL");
        assertThat(created.<String>json("$.qrCode")).startsWith("EQ-").doesNotContain(id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        TestHttp.Response taken = register("PUMP-03-02");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.<String>json("$.code")).isEqualTo("code-taken");
        String elsewhere = "community-" + UUID.randomUUID();
        assertThat(http.post(EquipmentJson.registerIn(elsewhere), TestTokens.staff("pm", "PROPERTY_MANAGER", elsewhere).token(),
                EquipmentJson.pump("PUMP-03-02", "COMMON_AREA")).status()).as("another community may use the code")
                .isEqualTo(201);

        TestHttp.Response edited = send("PUT", "/api/v1/equipment/" + id, supervisor, """
                {"code": "PUMP-03-02", "type": "pump", "name": "3号楼 2号生活水泵（变频）",
                 "location": {"kind": "COMMON_AREA", "id": "cuihu-b3-pump-room"}, "importance": "B"}""", "\"1\"");
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"2\"");
        TestHttp.Response read = http.get("/api/v1/equipment/" + id, supervisor);
        assertThat(read.<String>json("$.name")).isEqualTo("3号楼 2号生活水泵（变频）");
        assertThat(read.<Object>json("$.brand")).as("a fact left out of the edit is cleared").isNull();
        assertThat(read.<Object>json("$.purchasePrice")).isNull();
        assertThat(read.<String>json("$.qrCode")).isEqualTo(created.json("$.qrCode"));

        assertThat(send("PUT", "/api/v1/equipment/" + id, supervisor, """
                {"code": "PUMP-03-02", "type": "pump", "name": "x",
                 "location": {"kind": "COMMON_AREA", "id": "r"}, "importance": "B"}""", "\"1\"").status())
                .as("stale If-Match").isEqualTo(412);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstRegistration() {
        String json = EquipmentJson.pump("PUMP-R-1", "COMMON_AREA");
        TestHttp.Response first = http.post(EquipmentJson.registerIn(community), supervisor, json, "Idempotency-Key", "reg-1");
        TestHttp.Response retry = http.post(EquipmentJson.registerIn(community), supervisor, json, "Idempotency-Key", "reg-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.<String>json("$.id")).isEqualTo(first.json("$.id"));
    }

    @Test
    void listsACommunitysLedgerFilteredByTypeStateAndText() {
        register("PUMP-L-1");
        http.post(EquipmentJson.registerIn(community), supervisor, EquipmentJson.lift("LIFT-L-1"));

        assertThat(http.get("/api/v1/equipment?communityId=" + community + "&type=elevator", supervisor)
                .<List<String>>json("$.items[*].code")).containsExactly("LIFT-L-1");
        assertThat(http.get("/api/v1/equipment?communityId=" + community + "&q=a%20%E6%A2%AF", supervisor)
                .<List<String>>json("$.items[*].code")).containsExactly("LIFT-L-1");
        assertThat(http.get("/api/v1/equipment?communityId=" + community + "&state=DOWN", supervisor)
                .<Integer>json("$.total")).isZero();
        assertThat(http.get("/api/v1/equipment?communityId=" + community + "&type=rocket", supervisor).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/equipment?communityId=" + community,
                TestTokens.staff("cs", "CUSTOMER_SERVICE", "elsewhere").token()).status()).isEqualTo(404);
    }

    @Test
    void recordsEveryStateChangeWithItsDowntimeAndPublishesIt() {
        String id = register("PUMP-S-1").json("$.id");

        TestHttp.Response down = http.post("/api/v1/equipment/" + id + "/state", supervisor,
                "{\"state\": \"DOWN\", \"reason\": \"出水压力低，电机异响\"}");
        assertThat(down.status()).as("%s", down).isEqualTo(200);
        assertThat(down.<Boolean>json("$.openDowntime.failure")).isTrue();
        TestHttp.Response up = http.post("/api/v1/equipment/" + id + "/state", supervisor,
                "{\"state\": \"OPERATIONAL\", \"reason\": \"更换机械密封\", \"workOrderId\": \"wo-77\"}");
        assertThat(up.<Object>json("$.openDowntime")).isNull();

        TestHttp.Response history = http.get("/api/v1/equipment/" + id + "/history",
                TestTokens.staff("tech", "TECHNICIAN", community).token());
        assertThat(history.<List<String>>json("$.entries[*].kind")).containsExactly("STATE_CHANGED", "STATE_CHANGED", "REGISTERED");
        assertThat(history.<List<String>>json("$.entries[*].to")).containsExactly("OPERATIONAL", "DOWN", "OPERATIONAL");
        assertThat(history.<String>json("$.downtimes[0].workOrderId")).isEqualTo("wo-77");
        assertThat(history.<Boolean>json("$.downtimes[0].repaired")).isTrue();

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            EquipmentStateChanged back = tap.awaitOne(EquipmentStateChanged.class,
                    e -> e.aggregateId().equals(id) && e.to().equals("OPERATIONAL"));
            assertThat(back.from()).isEqualTo("DOWN");
            assertThat(back.workOrderId()).isEqualTo("wo-77");
            assertThat(back.code()).isEqualTo("PUMP-S-1");
            assertThat(back.version()).isEqualTo(3);
            assertThat(tap.matching(EquipmentStateChanged.class, e -> e.aggregateId().equals(id))).hasSize(2);
        }

        assertThat(http.post("/api/v1/equipment/" + id + "/state", supervisor,
                "{\"state\": \"SCRAPPED\", \"reason\": \"坏了\"}").<String>json("$.code")).isEqualTo("scrap-needs-approval");
        assertThat(http.post("/api/v1/equipment/" + id + "/state", supervisor,
                "{\"state\": \"OPERATIONAL\", \"reason\": \"x\"}").status()).isEqualTo(409);
    }

    @Test
    void isScrappedWhenAPropertyManagerOtherThanTheRequesterApproves() {
        String id = register("PUMP-X-1").json("$.id");
        String manager = TestTokens.staff("pm-a", "PROPERTY_MANAGER", community).token();
        TestHttp.Response requested = http.post("/api/v1/equipment/" + id + "/scrap-requests", manager,
                "{\"reason\": \"超过设计使用年限，维修费用高于残值\"}");
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        String requestId = requested.json("$.pendingScrapRequest.id");
        String approve = "/api/v1/equipment/" + id + "/scrap-requests/" + requestId + "/approve";

        assertThat(http.post(approve, manager, "{}").<String>json("$.code")).isEqualTo("four-eyes");
        assertThat(http.post(approve, supervisor, "{}").status()).as("supervisors do not approve").isEqualTo(403);
        TestHttp.Response approved = http.post(approve, TestTokens.staff("pm-b", "PROPERTY_MANAGER", community).token(),
                "{\"note\": \"同意报废\"}");

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.<String>json("$.state")).isEqualTo("SCRAPPED");
        assertThat(http.post(approve, TestTokens.staff("pm-b", "PROPERTY_MANAGER", community).token(), "{}")
                .<String>json("$.code")).isEqualTo("scrap-request-decided");
        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            assertThat(tap.awaitOne(EquipmentStateChanged.class, e -> e.aggregateId().equals(id)).actorId()).isEqualTo("pm-b");
        }
    }

    @Test
    void showsOwnersACommonAreaAssetOfTheirCommunityByItsQrCodeOnly() {
        String lobbyPump = register("PUMP-Q-1").json("$.qrCode");
        String inAUnit = http.post(EquipmentJson.registerIn(community), supervisor, EquipmentJson.pump("AC-Q-1", "UNIT")
                .replace("\"pump\"", "\"hvac\"")).json("$.qrCode");
        String owner = TestTokens.owner("owner-1", community, "unit-1").token();

        TestHttp.Response asset = http.get("/api/v1/me/equipment/by-code/" + lobbyPump, owner);
        assertThat(asset.status()).as("%s", asset).isEqualTo(200);
        assertThat(asset.<String>json("$.name")).isEqualTo("3号楼 2号生活水泵");
        assertThat(asset.<String>json("$.locationName")).isEqualTo("3号楼 水泵房");
        assertThat(asset.<String>json("$.category")).isEqualTo("plumbing");
        assertThat(asset.body()).doesNotContain("purchasePrice", "serial", "responsibleStaffId");

        assertThat(http.get("/api/v1/me/equipment/by-code/" + inAUnit, owner).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/me/equipment/by-code/" + lobbyPump,
                TestTokens.owner("owner-2", "community-elsewhere", "unit-9").token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/me/equipment/by-code/EQ-NOTACODE", owner).status()).isEqualTo(404);
    }
}
