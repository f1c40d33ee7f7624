package io.propertyops.facility.estate;

import io.propertyops.events.Topics;
import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.facility.estate.application.EstateStructure;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.propertyops.facility.estate.Spreadsheets.row;
import static io.propertyops.facility.estate.Spreadsheets.withHeader;
import static io.propertyops.facility.estate.Spreadsheets.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community's unit list imported from XLSX: a dry run lists every row's problems and writes nothing, an import
 * with one bad row writes nothing, a good one creates everything once, and the same file again changes nothing.
 */
@ServiceTest
@TestPropertySource(properties = "propertyops.facility.estate-import.max-rows=300")
class EstateImportTest {

    @Autowired
    TestHttp http;
    @Autowired
    EstateStructure estate;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafkaBootstrap;

    String community;
    String manager;

    @BeforeEach
    void registerACommunity() {
        community = "community-" + UUID.randomUUID();
        manager = TestTokens.staff("pm-" + community, "PROPERTY_MANAGER", community).token();
        assertThat(http.post("/api/v1/communities", TestTokens.staff("admin", "ADMIN", community).token(),
                "{\"id\":\"" + community + "\",\"name\":\"银杏苑\"}").status()).isEqualTo(201);
    }

    @Test
    void aDryRunListsEveryRowsProblemsAndWritesNothing() {
        // an existing unit the file would change, and one it names just as it is
        String building = http.post("/api/v1/communities/" + community + "/buildings", manager,
                "{\"name\":\"1号楼\",\"floors\":6}").json("$.id");
        http.post("/api/v1/communities/" + community + "/units", manager, """
                {"buildingId":"%s","number":"1-1-101","floor":1,"type":"RESIDENTIAL","state":"OCCUPIED","buildingAreaSqm":89.5}"""
                .formatted(building));
        http.post("/api/v1/communities/" + community + "/units", manager, """
                {"buildingId":"%s","number":"1-1-102","floor":1,"type":"RESIDENTIAL","state":"OCCUPIED","buildingAreaSqm":126.3}"""
                .formatted(building));
        byte[] file = xlsx(withHeader(List.of(
                row("1号楼", "1", 1, "101", "住宅", "已入住", 90, null),          // 2: would change 1-1-101's area
                row("1号楼", "1", 1, "102", null, null, 126.3, null),            // 3: as it is: fine
                row("2号楼", "1", 1, null, "住宅", "未售", 89.5, 74.2),           // 4: no 房号
                row("2号楼", "1", 1, "101", "住宅", "未售", "八十九", 74.2),       // 5: area not a number
                row("2号楼", "1", 1, "102", "城堡", "拆除", 0, null),              // 6: unknown type, state; area 0
                row("2号楼", "1", 2, "201", "住宅", "未售", 89.5, 95),            // 7: interior above building
                row("2号楼", "1", 2, "202", "商铺", "空置", 60, 50),              // 8: fine
                row("2号楼", "1", 2, "202", "商铺", "空置", 60, 50),              // 9: duplicate of row 8
                row(null, null, null, null, null, null, null, null),             // blank: skipped
                row("2号楼", "1", "二", "301", "住宅", "未售", -5, null))));       // 11: floor, area below 0
        long unitsBefore = estate.units(community).size();

        var dryRun = importFile(file, true);

        assertThat(dryRun.status()).as("%s", dryRun).isEqualTo(200);
        assertThat(dryRun.<Boolean>json("$.written")).isFalse();
        assertThat(dryRun.<Integer>json("$.rows")).as("the blank row is no row").isEqualTo(9);
        List<Map<String, Object>> problems = dryRun.json("$.problems");
        assertThat(problems).extracting(p -> p.get("row") + " " + p.get("column") + " " + p.get("code")).containsExactly(
                "2 null existing-unit-changes",
                "4 房号 missing-value",
                "5 建筑面积 not-a-number",
                "6 建筑面积 invalid-area",
                "6 类型 unknown-type",
                "6 状态 unknown-state",
                "7 套内面积 interior-larger-than-building",
                "9 房号 duplicate-unit",
                "11 楼层 invalid-floor",
                "11 建筑面积 invalid-area");
        assertThat(problems.getFirst().get("message").toString()).contains("1号楼 1-1-101", "建筑面积 89.50 → 90.00");
        assertThat(problems.get(7).get("message").toString()).contains("row 8");
        assertThat(dryRun.<Integer>json("$.problemCount")).isEqualTo(10);
        assertThat(dryRun.<Integer>json("$.unitsUnchanged")).isEqualTo(1);
        assertThat(dryRun.<Integer>json("$.unitsToCreate")).as("row 8").isEqualTo(1);
        assertThat(dryRun.<List<String>>json("$.buildingsToCreate")).containsExactly("2号楼");
        assertThat(estate.units(community)).hasSize((int) unitsBefore);

        var real = importFile(file, false);
        assertThat(real.status()).as("%s", real).isEqualTo(422);
        assertThat(real.contentType()).startsWith("application/problem+json");
        assertThat(real.<String>json("$.code")).isEqualTo("import-has-problems");
        assertThat(real.<List<Integer>>json("$.problems[*].row")).containsExactly(2, 4, 5, 6, 6, 6, 7, 9, 11, 11);
        assertThat(estate.units(community)).as("nothing written").hasSize((int) unitsBefore);
        assertThat(estate.community(community).orElseThrow().buildings()).extracting(b -> b.name()).containsExactly("1号楼");
    }

    @Test
    void anImportWithOneBadRowWritesNothing() {
        List<List<Object>> rows = new ArrayList<>();
        for (int room = 1; room <= 40; room++) {
            rows.add(row("5号楼", "2", room / 10 + 1, String.valueOf(100 * (room / 10 + 1) + room % 10), "住宅", "未售", 88.8, 70));
        }
        rows.set(25, row("5号楼", "2", 3, "306", "住宅", "未售", 88.8, 99));
        var refused = importFile(xlsx(withHeader(rows)), false);

        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.<List<Integer>>json("$.problems[*].row")).containsExactly(27);
        assertThat(estate.units(community)).isEmpty();
        assertThat(estate.community(community).orElseThrow().buildings()).isEmpty();
        assertThat(estate.community(community).orElseThrow().version()).as("no structure change").isEqualTo(1);
    }

    @Test
    void aGoodImportCreatesItsBuildingsAndUnitsOnceAndTheSameFileAgainChangesNothing() {
        List<List<Object>> rows = new ArrayList<>();
        for (String building : List.of("7号楼", "8号楼")) {
            for (int floor = 1; floor <= 5; floor++) {
                rows.add(row(building, "1", floor, floor + "01", "住宅", "已交付", 89.5, 74.2));
                rows.add(row(building, "1", floor, floor + "02", "住宅", "未售", 126.3, 104.85));
            }
        }
        rows.add(row("地下室", null, -1, "B1-01", "储藏室", "空置", 8.25, null));
        byte[] file = xlsx(withHeader(rows));

        var dryRun = importFile(file, true);
        assertThat(dryRun.<Integer>json("$.unitsToCreate")).isEqualTo(21);
        assertThat(dryRun.<List<String>>json("$.buildingsToCreate")).containsExactly("7号楼", "8号楼", "地下室");
        assertThat(estate.units(community)).isEmpty();

        var imported = importFile(file, false);
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(imported.<Boolean>json("$.written")).isTrue();
        assertThat(imported.<Integer>json("$.unitsCreated")).isEqualTo(21);
        assertThat(imported.<Integer>json("$.buildingsCreated")).isEqualTo(3);

        List<Unit> units = estate.units(community);
        assertThat(units).hasSize(21);
        assertThat(units).extracting(Unit::number).contains("7-1-101", "8-1-502", "B1-01");
        assertThat(units).filteredOn(u -> u.number().equals("8-1-502")).singleElement()
                .satisfies(u -> assertThat(u.interiorAreaSqm()).isEqualByComparingTo("104.85"))
                .satisfies(u -> assertThat(u.floor()).isEqualTo(5));
        assertThat(estate.community(community).orElseThrow().buildings())
                .extracting(b -> b.name() + " " + b.floors() + " " + b.unitIds().size())
                .containsExactly("7号楼 5 10", "8号楼 5 10", "地下室 1 1");

        var again = importFile(file, false);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<Boolean>json("$.written")).isFalse();
        assertThat(again.<Integer>json("$.unitsUnchanged")).isEqualTo(21);
        assertThat(estate.units(community)).hasSize(21);

        try (EventTap tap = EventTap.on(kafkaBootstrap, Topics.FACILITY)) {
            for (Unit unit : units) {
                UnitChanged changed = tap.awaitOne(UnitChanged.class, e -> e.aggregateId().equals(unit.id()));
                assertThat(changed.version()).isEqualTo(1);
            }
            CommunityStructureChanged structure = tap.awaitOne(CommunityStructureChanged.class,
                    e -> e.aggregateId().equals(community) && e.version() == 2);
            assertThat(structure.buildings()).flatExtracting(CommunityStructureChanged.Building::unitIds).hasSize(21);
            assertThat(tap.matching(CommunityStructureChanged.class, e -> e.aggregateId().equals(community)))
                    .as("registered, then the one import").extracting(CommunityStructureChanged::version).containsExactly(1L, 2L);
        }
        assertThat(estate.community(community).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void takesEnglishHeadersAndTheFileAsTheBody() {
        byte[] file = xlsx(List.of(
                row("Interior area (m²)", "Building", "Room", "Floor", "Building area (m²)"),
                row(null, "A座", "1-101", 1, 56.78)));
        var imported = http.send(http.request("/api/v1/communities/" + community + "/estate-imports?dryRun=false", manager)
                .header("Content-Type", Spreadsheets.XLSX).POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(estate.units(community)).singleElement()
                .satisfies(u -> assertThat(u.number()).isEqualTo("1-101"))
                .satisfies(u -> assertThat(u.buildingAreaSqm()).isEqualByComparingTo("56.78"))
                .satisfies(u -> assertThat(u.type().name()).isEqualTo("RESIDENTIAL"))
                .satisfies(u -> assertThat(u.state().name()).isEqualTo("UNSOLD"));
    }

    @Test
    void theTemplateIsAUnitListThatImports() throws Exception {
        HttpResponse<byte[]> template = java.net.http.HttpClient.newHttpClient().send(
                http.request("/api/v1/estate-imports/template.xlsx", manager).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValue(Spreadsheets.XLSX);
        assertThat(template.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            DataFormatter text = new DataFormatter();
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7)).extracting(i -> text.formatCellValue(header.getCell(i)))
                    .containsExactly("楼栋", "单元", "楼层", "房号", "类型", "状态", "建筑面积", "套内面积");
        }
        var imported = http.send(Spreadsheets.multipart(http.request("/api/v1/communities/" + community
                + "/estate-imports?dryRun=false", manager), template.body()));
        assertThat(imported.<Integer>json("$.unitsCreated")).as("%s", imported).isEqualTo(2);
        assertThat(estate.units(community)).extracting(Unit::number).containsExactly("3-1-101", "3-1-102");
        assertThat(http.get("/api/v1/estate-imports/template.xlsx?lang=fr", manager).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/estate-imports/template.xlsx?lang=en", manager).status()).isEqualTo(200);
    }

    @Test
    void refusesWhatIsNoUnitListWithClearProblems() {
        var notXlsx = http.send(http.request("/api/v1/communities/" + community + "/estate-imports", manager)
                .header("Content-Type", Spreadsheets.XLSX).POST(HttpRequest.BodyPublishers.ofString("楼栋,房号\n1号楼,101")));
        assertThat(notXlsx.status()).as("%s", notXlsx).isEqualTo(422);
        assertThat(notXlsx.<String>json("$.code")).isEqualTo("unreadable-spreadsheet");

        var noRoom = importFile(xlsx(List.of(row("楼栋", "楼层", "建筑面积"), row("1号楼", 1, 80))), true);
        assertThat(noRoom.status()).isEqualTo(422);
        assertThat(noRoom.<String>json("$.code")).isEqualTo("invalid-header");
        assertThat(noRoom.<String>json("$.detail")).contains("房号");

        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            many.add(row("1号楼", "1", 1, String.valueOf(1000 + i), null, null, 80, null));
        }
        var tooMany = importFile(xlsx(withHeader(many)), true);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.<String>json("$.code")).isEqualTo("too-many-rows");

        var json = http.post("/api/v1/communities/" + community + "/estate-imports", manager, "{}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");

        var tooLarge = http.send(http.request("/api/v1/communities/" + community + "/estate-imports", manager)
                .header("Content-Type", Spreadsheets.XLSX).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1])));
        assertThat(tooLarge.status()).isEqualTo(413);
        var tooLargeUpload = http.send(Spreadsheets.multipart(http.request("/api/v1/communities/" + community
                + "/estate-imports", manager), new byte[10 * 1024 * 1024 + 1]));
        assertThat(tooLargeUpload.status()).isEqualTo(413);
        assertThat(tooLargeUpload.contentType()).startsWith("application/problem+json");

        var foreign = http.send(Spreadsheets.multipart(http.request("/api/v1/communities/" + community + "/estate-imports",
                TestTokens.staff("pm-elsewhere", "PROPERTY_MANAGER", "elsewhere").token()), xlsx(withHeader(List.of()))));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(estate.units(community)).isEmpty();
    }

    private TestHttp.Response importFile(byte[] file, boolean dryRun) {
        return http.send(Spreadsheets.multipart(http.request("/api/v1/communities/" + community + "/estate-imports?dryRun="
                + dryRun, manager), file));
    }
}
