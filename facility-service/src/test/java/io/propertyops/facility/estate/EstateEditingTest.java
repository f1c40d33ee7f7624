package io.propertyops.facility.estate;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.facility.estate.application.Locations;
import io.propertyops.facility.estate.domain.EstateLocation;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
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
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff build a community's estate through the API; each change is published once, whole, at a rising version. */
@ServiceTest
class EstateEditingTest {

    @Autowired
    TestHttp http;
    @Autowired
    Locations locations;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    String community;
    String manager;
    String other;

    @BeforeEach
    void registerACommunity() {
        community = "community-" + UUID.randomUUID();
        manager = TestTokens.staff("pm-" + community, "PROPERTY_MANAGER", community).token();
        other = "community-" + UUID.randomUUID();
        var registered = http.post("/api/v1/communities", TestTokens.staff("admin", "ADMIN", community).token(),
                "{\"id\":\"" + community + "\",\"name\":\"翠湖花园\",\"city\":\"杭州市\",\"district\":\"西湖区\"}");
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        assertThat(registered.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aNewUnitIsPublishedWholeAndJoinsItsBuildingInTheStructure() {
        String building = post("/api/v1/communities/" + community + "/buildings", "{\"name\":\"3号楼\",\"floors\":18}").json("$.id");
        var created = post("/api/v1/communities/" + community + "/units", """
                {"buildingId":"%s","number":"3-1-101","floor":1,"type":"RESIDENTIAL","state":"HANDED_OVER",
                 "buildingAreaSqm":89.5,"interiorAreaSqm":74.2}""".formatted(building));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String unit = created.json("$.id");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.<Double>json("$.buildingAreaSqm")).isEqualTo(89.5);

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            UnitChanged changed = tap.awaitOne(UnitChanged.class, e -> e.aggregateId().equals(unit));
            assertThat(changed.version()).isEqualTo(1);
            assertThat(changed.communityId()).isEqualTo(community);
            assertThat(changed.buildingId()).isEqualTo(building);
            assertThat(changed.buildingAreaSqm()).isEqualTo("89.50");
            assertThat(changed.interiorAreaSqm()).isEqualTo("74.20");
            assertThat(changed.type()).isEqualTo("RESIDENTIAL");
            assertThat(changed.state()).isEqualTo("HANDED_OVER");
            // registered (1), the building added (2), the unit in it (3): each structure once
            CommunityStructureChanged structure = tap.awaitOne(CommunityStructureChanged.class,
                    e -> e.aggregateId().equals(community) && e.version() == 3);
            assertThat(structure.buildings()).singleElement()
                    .satisfies(b -> assertThat(b.name()).isEqualTo("3号楼"))
                    .satisfies(b -> assertThat(b.unitIds()).containsExactly(unit));
            assertThat(tap.matching(CommunityStructureChanged.class, e -> e.aggregateId().equals(community)))
                    .extracting(CommunityStructureChanged::version).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void aUnitIsChangedOnTheVersionItWasReadAndEachChangeIsPublished() {
        String building = post("/api/v1/communities/" + community + "/buildings", "{\"name\":\"1号楼\",\"floors\":6}").json("$.id");
        String unit = post("/api/v1/communities/" + community + "/units", unitBody(building, "1-1-101", "89.50", "74.20")).json("$.id");

        var stale = put("/api/v1/units/" + unit, "\"7\"", unitBody(building, "1-1-101", "90.00", null));
        assertThat(stale.status()).as("%s", stale).isEqualTo(412);
        assertThat(stale.<String>json("$.code")).isEqualTo("stale-version");

        var changed = put("/api/v1/units/" + unit, "\"1\"", """
                {"buildingId":"%s","number":"1-1-101","floor":1,"type":"RESIDENTIAL","state":"RENOVATING","buildingAreaSqm":90.00}"""
                .formatted(building));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.<String>json("$.state")).isEqualTo("RENOVATING");
        assertThat((Object) changed.json("$.interiorAreaSqm")).as("the interior area was taken away").isNull();

        var again = put("/api/v1/units/" + unit, "\"1\"", unitBody(building, "1-1-101", "91.00", null));
        assertThat(again.status()).as("a second change on the version the first changed").isEqualTo(412);

        String otherBuilding = post("/api/v1/communities/" + community + "/buildings", "{\"name\":\"2号楼\",\"floors\":6}").json("$.id");
        var moved = put("/api/v1/units/" + unit, "\"2\"", unitBody(otherBuilding, "2-1-101", "90.00", null));
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.<String>json("$.buildingId")).isEqualTo(otherBuilding);
        var building2 = http.get("/api/v1/communities/" + community + "/buildings/" + otherBuilding, manager);
        assertThat(building2.<List<String>>json("$.unitIds")).containsExactly(unit);
        assertThat(http.get("/api/v1/communities/" + community + "/buildings/" + building, manager)
                .<List<String>>json("$.unitIds")).isEmpty();
        assertThat(put("/api/v1/units/" + unit, null, unitBody("no-such-building", "2-1-101", "90.00", null)).status())
                .isEqualTo(422);

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            UnitChanged second = tap.awaitOne(UnitChanged.class, e -> e.aggregateId().equals(unit) && e.version() == 2);
            assertThat(second.buildingAreaSqm()).isEqualTo("90.00");
            assertThat(second.interiorAreaSqm()).isNull();
            assertThat(second.state()).isEqualTo("RENOVATING");
            assertThat(tap.awaitOne(UnitChanged.class, e -> e.aggregateId().equals(unit) && e.version() == 3).buildingId())
                    .isEqualTo(otherBuilding);
            assertThat(tap.matching(UnitChanged.class, e -> e.aggregateId().equals(unit)))
                    .extracting(UnitChanged::version).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void badUnitsAreRefusedWithProblemsAndWriteNothing() {
        String building = post("/api/v1/communities/" + community + "/buildings", "{\"name\":\"1号楼\",\"floors\":6}").json("$.id");
        String path = "/api/v1/communities/" + community + "/units";

        var larger = post(path, unitBody(building, "1-1-101", "80.00", "85.00"));
        assertThat(larger.status()).as("%s", larger).isEqualTo(422);
        assertThat(larger.<String>json("$.code")).isEqualTo("invalid-area");
        assertThat(larger.contentType()).startsWith("application/problem+json");

        var zero = post(path, unitBody(building, "1-1-101", "0", null));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.<List<String>>json("$.errors[*].field")).contains("buildingAreaSqm");

        var threeDecimals = post(path, unitBody(building, "1-1-101", "80.125", null));
        assertThat(threeDecimals.status()).isEqualTo(400);

        var unknownType = post(path, unitBody(building, "1-1-101", "80.00", null).replace("RESIDENTIAL", "CASTLE"));
        assertThat(unknownType.status()).isEqualTo(400);

        var noBuilding = post(path, unitBody("no-such-building", "1-1-101", "80.00", null));
        assertThat(noBuilding.status()).isEqualTo(422);
        assertThat(noBuilding.<String>json("$.code")).isEqualTo("unknown-building");

        assertThat(post(path, unitBody(building, "1-1-101", "80.00", null)).status()).isEqualTo(201);
        var duplicate = post(path, unitBody(building, "1-1-101", "81.00", null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.<String>json("$.code")).isEqualTo("duplicate-unit");

        var units = http.get(path, manager);
        assertThat(units.<List<String>>json("$[*].number")).containsExactly("1-1-101");
        assertThat(units.<List<Double>>json("$[*].buildingAreaSqm")).containsExactly(80.0);

        var sameName = post("/api/v1/communities/" + community + "/buildings", "{\"name\":\"1号楼\",\"floors\":6}");
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.<String>json("$.code")).isEqualTo("duplicate-building");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyAnswersWhatTheFirstMade() {
        String path = "/api/v1/communities/" + community + "/common-areas";
        var first = http.post(path, manager, "{\"name\":\"大堂\",\"kind\":\"LOBBY\"}", "Idempotency-Key", "lobby-1");
        var retry = http.post(path, manager, "{\"name\":\"大堂\",\"kind\":\"LOBBY\"}", "Idempotency-Key", "lobby-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(http.get(path, manager).<List<String>>json("$[*].name")).containsExactly("大堂");
    }

    @Test
    void everyPlaceHasALocationWithTheNameStaffSay() {
        String building = post("/api/v1/communities/" + community + "/buildings", "{\"name\":\"3号楼\",\"floors\":18}").json("$.id");
        String unit = post("/api/v1/communities/" + community + "/units", unitBody(building, "3-1-101", "89.50", null)).json("$.id");
        String pumpRoom = post("/api/v1/communities/" + community + "/common-areas",
                "{\"name\":\"水泵房\",\"kind\":\"PUMP_ROOM\",\"buildingId\":\"" + building + "\"}").json("$.id");
        String garden = post("/api/v1/communities/" + community + "/common-areas", "{\"name\":\"中心花园\",\"kind\":\"GREEN_BELT\"}").json("$.id");
        String garage = post("/api/v1/communities/" + community + "/parking-areas", "{\"name\":\"地下车库\"}").json("$.id");
        var space = post("/api/v1/communities/" + community + "/parking-areas/" + garage + "/spaces",
                "{\"number\":\"B-012\",\"state\":\"SOLD\",\"unitId\":\"" + unit + "\"}");
        assertThat(space.status()).as("%s", space).isEqualTo(201);
        String spaceId = space.json("$.id");

        var all = http.get("/api/v1/communities/" + community + "/locations", manager);
        assertThat(all.<List<String>>json("$[*].name"))
                .containsExactly("翠湖花园", "3号楼", "3号楼 3-1-101", "3号楼 水泵房", "中心花园", "地下车库", "地下车库 B-012");
        assertThat(all.<List<String>>json("$[*].kind")).containsExactly("COMMUNITY", "BUILDING", "UNIT", "COMMON_AREA",
                "COMMON_AREA", "PARKING_AREA", "PARKING_SPACE");
        var pumps = http.get("/api/v1/communities/" + community + "/locations?kind=COMMON_AREA&q=%E6%B0%B4%E6%B3%B5", manager);
        assertThat(pumps.<List<String>>json("$[*].id")).containsExactly(pumpRoom);
        assertThat(pumps.<List<String>>json("$[*].detail")).containsExactly("PUMP_ROOM");

        // an owner picks the shared places and their own unit, not the neighbours' units or the parking spaces
        String owner = TestTokens.owner("owner-" + unit, community, unit).token();
        assertThat(http.get("/api/v1/communities/" + community + "/locations", owner).<List<String>>json("$[*].name"))
                .containsExactly("翠湖花园", "3号楼", "3号楼 3-1-101", "3号楼 水泵房", "中心花园", "地下车库");
        String neighbour = TestTokens.owner("owner-elsewhere", community, "another-unit").token();
        assertThat(http.get("/api/v1/communities/" + community + "/locations?kind=UNIT", neighbour).<List<String>>json("$[*].id")).isEmpty();
        assertThat(http.get("/api/v1/communities/" + community + "/locations", TestTokens.staff("cs", "CUSTOMER_SERVICE", other).token())
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/communities/" + community + "/locations?kind=CASTLE", manager).status()).isEqualTo(400);

        // the look-up other features call, by the location alone or checked against a community
        assertThat(locations.find(Location.of(LocationKind.COMMON_AREA, pumpRoom))).get()
                .satisfies(place -> assertThat(place.name()).isEqualTo("3号楼 水泵房"))
                .satisfies(place -> assertThat(place.communityId()).isEqualTo(community));
        assertThat(locations.find(Location.of(LocationKind.UNIT, unit))).get().extracting(EstateLocation::name).isEqualTo("3号楼 3-1-101");
        assertThat(locations.find(Location.of(LocationKind.PARKING_SPACE, spaceId))).get().extracting(EstateLocation::name).isEqualTo("地下车库 B-012");
        assertThat(locations.find(Location.of(LocationKind.BUILDING, building))).get().extracting(EstateLocation::name).isEqualTo("3号楼");
        assertThat(locations.find(Location.of(LocationKind.PARKING_AREA, garage))).get().extracting(EstateLocation::name).isEqualTo("地下车库");
        assertThat(locations.find(Location.of(LocationKind.COMMUNITY, community))).get().extracting(EstateLocation::name).isEqualTo("翠湖花园");
        assertThat(locations.find(community, Location.of(LocationKind.COMMON_AREA, garden))).isPresent();
        assertThat(locations.find(other, Location.of(LocationKind.COMMON_AREA, garden))).as("in another community").isEmpty();
        assertThat(locations.find(Location.of(LocationKind.COMMON_AREA, building))).as("a building is no common area").isEmpty();
        assertThat(locations.find(Location.of(LocationKind.UNIT, "no-such-unit"))).isEmpty();
        Map<Location, EstateLocation> named = locations.find(List.of(Location.of(LocationKind.UNIT, unit),
                Location.of(LocationKind.COMMON_AREA, pumpRoom), Location.of(LocationKind.UNIT, "gone")));
        assertThat(named.values()).extracting(EstateLocation::name).containsExactly("3号楼 3-1-101", "3号楼 水泵房");

        // renaming the building renames everything in it
        var renamed = put("/api/v1/communities/" + community + "/buildings/" + building, null, "{\"name\":\"三号楼\",\"floors\":18}");
        assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);
        assertThat(locations.find(Location.of(LocationKind.COMMON_AREA, pumpRoom))).get().extracting(EstateLocation::name)
                .isEqualTo("三号楼 水泵房");
    }

    @Test
    void buildingsAndAreasAreEditedOnTheCommunitysVersion() {
        var added = post("/api/v1/communities/" + community + "/parking-areas", "{\"name\":\"地下车库\"}");
        String garage = added.json("$.id");
        assertThat(added.header("ETag")).isEqualTo("\"2\"");
        var stale = put("/api/v1/communities/" + community + "/parking-areas/" + garage, "\"1\"", "{\"name\":\"B1 车库\"}");
        assertThat(stale.status()).isEqualTo(412);
        var renamed = put("/api/v1/communities/" + community + "/parking-areas/" + garage, "\"2\"", "{\"name\":\"B1 车库\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"3\"");
        var community = http.get("/api/v1/communities/" + this.community, TestTokens.staff("tech", "TECHNICIAN", this.community).token());
        assertThat(community.<List<String>>json("$.parkingAreas[*].name")).containsExactly("B1 车库");
        assertThat(community.header("ETag")).isEqualTo("\"3\"");
        var notAnEtag = put("/api/v1/communities/" + this.community, "W/\"abc\"", "{\"name\":\"翠湖\"}");
        assertThat(notAnEtag.status()).isEqualTo(422);
        var space = put("/api/v1/parking-spaces/no-such-space", null, "{\"number\":\"B-1\",\"state\":\"FREE\"}");
        assertThat(space.status()).isEqualTo(404);
    }

    private static String unitBody(String building, String number, String area, String interior) {
        return """
                {"buildingId":"%s","number":"%s","floor":1,"type":"RESIDENTIAL","state":"HANDED_OVER",
                 "buildingAreaSqm":%s%s}""".formatted(building, number, area,
                interior == null ? "" : ",\"interiorAreaSqm\":" + interior);
    }

    private TestHttp.Response post(String path, String body) {
        return http.post(path, manager, body);
    }

    private TestHttp.Response put(String path, String ifMatch, String body) {
        HttpRequest.Builder request = http.request(path, manager).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }
}
