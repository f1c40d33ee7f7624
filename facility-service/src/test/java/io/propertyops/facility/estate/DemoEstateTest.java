package io.propertyops.facility.estate;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.facility.estate.application.DemoEstateSeeder;
import io.propertyops.facility.estate.application.EstateStructure;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@TestPropertySource(properties = "propertyops.demo.data-file=../deploy/local/demo/estate.json")
class DemoEstateTest {

    static final String CUIHU = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2";

    @Autowired
    TestHttp http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;
    @Autowired
    EstateStructure estate;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    @Test
    void seedsTheDemoCommunityOnceWithItsBuildingsAndUnits() throws Exception {
        long units = mongo.getCollection("units").countDocuments();
        context.getBean(DemoEstateSeeder.class).run(new DefaultApplicationArguments());

        assertThat(mongo.getCollection("units").countDocuments()).isEqualTo(units).isEqualTo(36);
        Community cuihu = estate.community(CUIHU).orElseThrow();
        assertThat(cuihu.name()).isEqualTo("翠湖花园");
        assertThat(cuihu.buildings()).extracting(Community.Building::name).containsExactly("1号楼", "2号楼", "3号楼");
        assertThat(cuihu.commonAreas()).extracting(Community.CommonArea::name).containsExactly("南大门", "地下车库", "中心花园");
        List<Unit> seeded = estate.units(CUIHU);
        assertThat(seeded).allSatisfy(unit -> assertThat(unit.type()).isEqualTo(UnitType.RESIDENTIAL));
        // 张伟 owns 1-1-101 in the file: lived in; 1-1-201 has no owner: handed over, waiting for its move-in
        assertThat(seeded).filteredOn(unit -> unit.number().equals("1-1-101")).singleElement()
                .satisfies(unit -> assertThat(unit.state()).isEqualTo(UnitState.OCCUPIED))
                .satisfies(unit -> assertThat(unit.buildingAreaSqm()).isEqualByComparingTo("89.50"));
        assertThat(seeded).filteredOn(unit -> unit.number().equals("1-1-201")).singleElement()
                .satisfies(unit -> assertThat(unit.state()).isEqualTo(UnitState.HANDED_OVER));
    }

    @Test
    void publishesEverySeededUnitOnceWithItsArea() throws Exception {
        context.getBean(DemoEstateSeeder.class).run(new DefaultApplicationArguments());

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            UnitChanged first = tap.awaitOne(UnitChanged.class, e -> e.aggregateId().equals("68ac8d21-fbad-588a-99b9-6808bb720063"));
            assertThat(first.version()).isEqualTo(1);
            assertThat(first.buildingAreaSqm()).isEqualTo("89.50");
            assertThat(first.state()).isEqualTo("OCCUPIED");
            for (Unit unit : estate.units(CUIHU)) {
                tap.awaitOne(UnitChanged.class, e -> e.aggregateId().equals(unit.id()));
            }
            assertThat(tap.matching(UnitChanged.class, e -> e.communityId().equals(CUIHU))).hasSize(36);
        }
    }

    @Test
    void publishesTheSeededCommunityStructureOnceThoughSeededAgain() throws Exception {
        context.getBean(DemoEstateSeeder.class).run(new DefaultApplicationArguments());

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            CommunityStructureChanged structure = tap.awaitOne(CommunityStructureChanged.class, e -> e.aggregateId().equals(CUIHU));
            assertThat(structure.version()).isEqualTo(1);
            assertThat(structure.name()).isEqualTo("翠湖花园");
            assertThat(structure.buildings()).extracting(CommunityStructureChanged.Building::name).containsExactly("1号楼", "2号楼", "3号楼");
            assertThat(structure.buildings()).allSatisfy(building -> assertThat(building.unitIds()).hasSize(12));
            assertThat(structure.buildings().getFirst().unitIds()).containsAll(estate.units(CUIHU).stream()
                    .filter(unit -> unit.buildingId().equals(structure.buildings().getFirst().buildingId()))
                    .map(Unit::id).toList());
        }
        Community cuihu = estate.community(CUIHU).orElseThrow();
        assertThat(cuihu.version()).isEqualTo(1);
        assertThat(mongo.getCollection("communities").find(new org.bson.Document("_id", CUIHU)).first()
                .getList("pendingEvents", Object.class)).isEmpty();
    }

    @Test
    void publishesEachChangeOfAStructureOnceWithARisingVersion() {
        Community lakeside = lakeside(List.of("unit-1-101"));
        List<Unit> units = List.of(unit("unit-1-101", "1-1-101"));
        assertThat(estate.seed(lakeside, units)).isEqualTo(2);
        assertThat(estate.seed(lakeside, units)).isZero();

        Community grown = lakeside(List.of("unit-1-101", "unit-1-102"));
        List<Unit> grownUnits = List.of(unit("unit-1-101", "1-1-101"), unit("unit-1-102", "1-1-102"));
        assertThat(estate.seed(grown, grownUnits)).isEqualTo(2);
        assertThat(estate.seed(grown, grownUnits)).isZero();

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            CommunityStructureChanged second = tap.awaitOne(CommunityStructureChanged.class,
                    e -> e.aggregateId().equals("lakeside") && e.version() == 2);
            assertThat(second.buildings().getFirst().unitIds()).containsExactly("unit-1-101", "unit-1-102");
            assertThat(tap.matching(CommunityStructureChanged.class, e -> e.aggregateId().equals("lakeside")))
                    .extracting(CommunityStructureChanged::version).containsExactly(1L, 2L);
        }
    }

    private static Community lakeside(List<String> unitIds) {
        return new Community("lakeside", "湖畔花园", "杭州", "西湖区", "湖畔路 1 号",
                List.of(new Community.Building("lakeside-b1", "1号楼", 6, unitIds)), List.of(), List.of(), 0);
    }

    private static Unit unit(String id, String number) {
        return Unit.create(id, "lakeside", "lakeside-b1", new Unit.Details(number, 1, UnitType.RESIDENTIAL,
                UnitState.HANDED_OVER, new BigDecimal("89.50"), null));
    }

    @Test
    void staffOfTheCommunityListItsUnitsAndOthersGetNotFound() {
        var units = http.get("/api/v1/communities/" + CUIHU + "/units", TestTokens.staff("cs", "CUSTOMER_SERVICE", CUIHU).token());
        assertThat(units.status()).isEqualTo(200);
        assertThat(units.<List<String>>json("$[*].number")).hasSize(36).contains("1-1-101", "3-1-602");

        assertThat(http.get("/api/v1/communities/" + CUIHU + "/units", TestTokens.staff("cs", "CUSTOMER_SERVICE", "elsewhere").token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/communities/" + CUIHU + "/units", TestTokens.owner("o", CUIHU, "u").token()).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/communities", TestTokens.owner("o", CUIHU, "u").token()).<List<String>>json("$[*].name")).containsExactly("翠湖花园");
    }
}
