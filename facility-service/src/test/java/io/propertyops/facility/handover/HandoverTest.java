package io.propertyops.facility.handover;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Move-in (入住): the unit becomes occupied only when its handover checklist is complete, and its owner sees it. */
@ServiceTest
class HandoverTest {

    static final String COMPLETE = """
            {"ownerId":"%s",
             "items":[{"name":"墙面","result":"PASS"},{"name":"门窗","result":"DEFECT","note":"主卧窗框密封条脱落"}],
             "keys":[{"kind":"入户门","count":3},{"kind":"信箱","count":1}],
             "readings":[{"kind":"WATER","value":12.5},{"kind":"ELECTRICITY","value":308.2},{"kind":"GAS","value":0.8}],
             "documents":[{"name":"住宅质量保证书","received":true},{"name":"住宅使用说明书","received":true}],
             "handbookAcknowledged":true}""";

    @Autowired
    TestHttp http;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    String community;
    String staff;
    String unit;
    String owner;

    @BeforeEach
    void aUnitHandedOver() {
        community = "community-" + UUID.randomUUID();
        staff = TestTokens.staff("cs-" + community, "CUSTOMER_SERVICE", community).token();
        String manager = TestTokens.staff("pm-" + community, "PROPERTY_MANAGER", community).token();
        http.post("/api/v1/communities", TestTokens.staff("admin", "ADMIN", community).token(),
                "{\"id\":\"" + community + "\",\"name\":\"银杏苑\"}");
        String building = http.post("/api/v1/communities/" + community + "/buildings", manager,
                "{\"name\":\"2号楼\",\"floors\":11}").json("$.id");
        unit = http.post("/api/v1/communities/" + community + "/units", manager, """
                {"buildingId":"%s","number":"2-1-301","floor":3,"type":"RESIDENTIAL","state":"HANDED_OVER","buildingAreaSqm":96.4}"""
                .formatted(building)).json("$.id");
        owner = "owner-" + UUID.randomUUID();
    }

    @Test
    void completingMovesTheUnitInOnlyWhenEveryPartIsComplete() {
        var draft = http.get("/api/v1/units/" + unit + "/handover", staff);
        assertThat(draft.status()).as("%s", draft).isEqualTo(200);
        assertThat(draft.header("ETag")).isEqualTo("\"0\"");
        assertThat(draft.<List<String>>json("$.items[*].name")).contains("墙面", "门窗", "水电");
        assertThat(draft.<List<String>>json("$.missing[*].part")).contains("items", "keys", "readings", "documents", "handbook", "owner");

        var tooSoon = complete("\"0\"");
        assertThat(tooSoon.status()).as("%s", tooSoon).isEqualTo(422);
        assertThat(tooSoon.<String>json("$.code")).isEqualTo("handover-incomplete");
        assertThat(tooSoon.<List<String>>json("$.missing[*].part")).contains("items", "keys", "readings", "documents", "handbook", "owner");

        // everything but the electricity meter, and a defect without a note
        var partly = put("\"0\"", COMPLETE.formatted(owner).replace(",{\"kind\":\"ELECTRICITY\",\"value\":308.2}", "")
                .replace(",\"note\":\"主卧窗框密封条脱落\"", ""));
        assertThat(partly.status()).as("%s", partly).isEqualTo(200);
        assertThat(partly.header("ETag")).isEqualTo("\"1\"");
        var stillMissing = complete("\"1\"");
        assertThat(stillMissing.status()).isEqualTo(422);
        assertThat(stillMissing.<List<String>>json("$.missing[*].message"))
                .containsExactly("门窗 has a defect without a note of what is wrong", "The electricity meter was not read");
        assertThat(http.get("/api/v1/units/" + unit, staff).<String>json("$.state")).isEqualTo("HANDED_OVER");

        assertThat(put("\"0\"", COMPLETE.formatted(owner)).status()).as("on a version changed since").isEqualTo(412);
        assertThat(put("\"1\"", COMPLETE.formatted(owner)).status()).isEqualTo(200);
        var completed = complete("\"2\"");
        assertThat(completed.status()).as("%s", completed).isEqualTo(200);
        assertThat(completed.<Boolean>json("$.completed")).isTrue();
        assertThat(completed.<String>json("$.unitState")).isEqualTo("OCCUPIED");
        assertThat(completed.<String>json("$.completedBy")).isEqualTo("cs-" + community);
        assertThat(http.get("/api/v1/units/" + unit, staff).<String>json("$.state")).isEqualTo("OCCUPIED");

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            UnitChanged movedIn = tap.awaitOne(UnitChanged.class, e -> e.aggregateId().equals(unit) && e.version() == 2);
            assertThat(movedIn.state()).isEqualTo("OCCUPIED");
            assertThat(movedIn.buildingAreaSqm()).isEqualTo("96.40");
        }

        var afterwards = put("\"3\"", COMPLETE.formatted(owner));
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.<String>json("$.code")).isEqualTo("handover-completed");
        var again = complete(null);
        assertThat(again.status()).as("completing again answers it as it is").isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void theOwnerSeesTheirUnitsChecklistAndNobodyElses() {
        put(null, COMPLETE.formatted(owner));
        String ownerToken = TestTokens.owner(owner, community, unit).token();

        var mine = http.get("/api/v1/me/handovers", ownerToken);
        assertThat(mine.status()).as("%s", mine).isEqualTo(200);
        assertThat(mine.<List<String>>json("$[*].unitId")).containsExactly(unit);
        assertThat(mine.<List<String>>json("$[*].unitNumber")).containsExactly("2-1-301");
        assertThat(mine.<List<String>>json("$[0].keys[*].kind")).containsExactly("入户门", "信箱");

        String neighbour = TestTokens.owner("owner-2-1-302", community, "another-unit").token();
        assertThat(http.get("/api/v1/me/handovers", neighbour).<List<String>>json("$[*].unitId")).isEmpty();
        assertThat(http.get("/api/v1/units/" + unit + "/handover", ownerToken).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/units/" + unit + "/handover",
                TestTokens.staff("cs-elsewhere", "CUSTOMER_SERVICE", "elsewhere").token()).status()).isEqualTo(404);
        // a token naming the unit in another community does not reach it
        assertThat(http.get("/api/v1/me/handovers", TestTokens.owner(owner, "elsewhere", unit).token())
                .<List<String>>json("$[*].unitId")).isEmpty();
    }

    @Test
    void badChecklistsAreRefusedWithProblems() {
        var negativeKeys = put(null, COMPLETE.formatted(owner).replace("\"count\":3", "\"count\":-1"));
        assertThat(negativeKeys.status()).isEqualTo(400);
        assertThat(negativeKeys.<List<String>>json("$.errors[*].field")).containsExactly("keys[0].count");
        var unknownMeter = put(null, COMPLETE.formatted(owner).replace("\"GAS\"", "\"STEAM\""));
        assertThat(unknownMeter.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/units/" + unit + "/handover", staff).header("ETag")).as("nothing saved").isEqualTo("\"0\"");
        assertThat(http.get("/api/v1/units/no-such-unit/handover", staff).status()).isEqualTo(404);
    }

    private TestHttp.Response put(String ifMatch, String body) {
        HttpRequest.Builder request = http.request("/api/v1/units/" + unit + "/handover", staff)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }

    private TestHttp.Response complete(String ifMatch) {
        HttpRequest.Builder request = http.request("/api/v1/units/" + unit + "/handover/complete", staff)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }
}
