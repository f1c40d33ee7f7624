package io.propertyops.facility.estate;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitImport;
import io.propertyops.facility.estate.domain.UnitSheet;
import io.propertyops.facility.estate.domain.UnitSheet.Column;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's rules, without the service: numbers, blanks, headers and what counts as a change. */
class UnitImportTest {

    static final Community EMPTY = new Community("c", "银杏苑", null, null, null, List.of(), List.of(), List.of(), 1);

    @Test
    void numbersAUnitBuildingEntranceRoom() {
        assertThat(UnitImport.number("3号楼", "1", "101")).isEqualTo("3-1-101");
        assertThat(UnitImport.number("12栋", "2单元", "1502")).isEqualTo("12-2-1502");
        assertThat(UnitImport.number("3号楼", null, "101")).isEqualTo("3-101");
        assertThat(UnitImport.number("商业街", null, "S-08")).as("a room with dashes is the whole number").isEqualTo("S-08");
        assertThat(UnitImport.number("A座", "1", "101")).isEqualTo("1-101");
    }

    @Test
    void knowsTheColumnsByTheirChineseOrEnglishNamesWithUnits() {
        assertThat(Column.headed("建筑面积（㎡）")).contains(Column.BUILDING_AREA);
        assertThat(Column.headed(" Interior area (m²) ")).contains(Column.INTERIOR_AREA);
        assertThat(Column.headed("ROOM")).contains(Column.ROOM);
        assertThat(Column.headed("备注")).isEmpty();
        assertThat(UnitSheet.Header.of(List.of("楼栋", "房号", "建筑面积")).problems()).singleElement().asString().contains("楼层");
        assertThat(UnitSheet.Header.of(List.of("楼栋", "楼层", "房号", "建筑面积", "Room")).problems())
                .singleElement().asString().contains("twice");
    }

    @Test
    void aBlankTypeOrStateKeepsAnExistingUnitsAndDefaultsANewOne() {
        Community withBuilding = new Community("c", "银杏苑", null, null, null,
                List.of(new Community.Building("b1", "1号楼", 6, List.of("u1"))), List.of(), List.of(), 3);
        Unit existing = Unit.create("u1", "c", "b1", new Unit.Details("1-1-101", 1, UnitType.SHOP, UnitState.RENTED,
                new BigDecimal("60.00"), new BigDecimal("50.00")));

        UnitImport.Plan plan = UnitImport.plan(List.of(
                row(2, "1号楼", "1", "1", "101", null, null, "60", null),
                row(3, "1号楼", "1", "1", "102", null, null, "60.5", null)), withBuilding, List.of(existing));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.newBuildings()).isEmpty();
        assertThat(plan.newUnits()).singleElement().satisfies(unit -> {
            assertThat(unit.details().type()).isEqualTo(UnitType.RESIDENTIAL);
            assertThat(unit.details().state()).isEqualTo(UnitState.UNSOLD);
            assertThat(unit.details().buildingAreaSqm()).isEqualTo(new BigDecimal("60.50"));
        });
    }

    @Test
    void takesTheLabelsAndTheConstantsAndASpreadsheetsRoundingNoise() {
        UnitImport.Plan plan = UnitImport.plan(List.of(
                row(2, "1号楼", null, "1", "101", "商铺", "空置", "104.85000000000001", "88"),
                row(3, "1号楼", null, "-1", "B01", "storage", "handed over", "8.2", null),
                row(4, "1号楼", null, "2", "201", "住宅", "未售", "89.501", null)), EMPTY, List.of());

        assertThat(plan.newUnits()).extracting(u -> u.details().type() + " " + u.details().state() + " "
                + u.details().buildingAreaSqm()).containsExactly("SHOP VACANT 104.85", "STORAGE HANDED_OVER 8.20");
        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.code()).isEqualTo("invalid-area");
        });
    }

    private static UnitSheet.Row row(int number, String building, String entrance, String floor, String room,
                                     String type, String state, String area, String interior) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        put(cells, Column.BUILDING, building);
        put(cells, Column.ENTRANCE, entrance);
        put(cells, Column.FLOOR, floor);
        put(cells, Column.ROOM, room);
        put(cells, Column.TYPE, type);
        put(cells, Column.STATE, state);
        put(cells, Column.BUILDING_AREA, area);
        put(cells, Column.INTERIOR_AREA, interior);
        return new UnitSheet.Row(number, cells);
    }

    private static void put(Map<Column, String> cells, Column column, String value) {
        if (value != null) {
            cells.put(column, value);
        }
    }
}
