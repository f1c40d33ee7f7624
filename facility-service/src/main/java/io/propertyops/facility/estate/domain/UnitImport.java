package io.propertyops.facility.estate.domain;

import io.propertyops.facility.estate.domain.UnitSheet.Column;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What importing a unit list into a community would do, worked out before anything is written: every row's
 * problems, the buildings and units it would create, and the units it finds as they are. A row of a unit the
 * community has already is fine when it says what the unit is (a blank 类型, 状态 or 套内面积 keeps the unit's), and a
 * problem when it would change it: an import creates, it does not overwrite what staff have edited since.
 *
 * <p>A unit's number is 楼栋号-单元-房号 as staff say it ({@code 3-1-101} for 3号楼, 单元 1, 房号 101), the building's
 * number being the digits its name starts with; a 房号 that has dashes already is the whole number.
 */
public final class UnitImport {

    /**
     * One problem of one row.
     *
     * @param row    the row's number in the spreadsheet (the header is row 1); 1 for a problem of the header
     * @param column the column's header (Chinese), or null for the whole row
     * @param code   what kind of problem, stable for clients: {@code missing-value}, {@code not-a-number},
     *               {@code invalid-area}, {@code invalid-floor}, {@code unknown-type}, {@code unknown-state},
     *               {@code interior-larger-than-building}, {@code duplicate-unit}, {@code existing-unit-changes}
     */
    public record Problem(int row, String column, String code, String message) {
    }

    /** A unit the import creates, and the building it goes in (by name: the building may be new too). */
    public record NewUnit(int row, String buildingName, Unit.Details details) {
    }

    /**
     * What the import would do.
     *
     * @param rows         the rows with something in them
     * @param newBuildings the names of the buildings it creates, in the order the file first names them (of the
     *                     rows without problems: an import with problems creates nothing)
     * @param newUnits     the units the rows without problems create
     * @param unchanged    the rows of units the community has already, just as they are
     */
    public record Plan(int rows, List<Problem> problems, List<String> newBuildings, List<NewUnit> newUnits,
                       int unchanged) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+)");
    private static final Pattern INTEGER = Pattern.compile("^-?\\d+(\\.0+)?$");

    private UnitImport() {
    }

    /**
     * Checks every row against the others and against the community as it is.
     *
     * @param existing the community's units now
     */
    public static Plan plan(List<UnitSheet.Row> rows, Community community, Collection<Unit> existing) {
        Map<String, Unit> stored = new HashMap<>();
        existing.forEach(unit -> stored.put(unit.buildingId() + "\u0000" + unit.number(), unit));
        Map<String, Integer> firstRowOf = new HashMap<>();
        Set<String> newBuildings = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        List<NewUnit> newUnits = new ArrayList<>();
        int unchanged = 0;
        int counted = 0;
        for (UnitSheet.Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            counted++;
            List<Problem> found = new ArrayList<>();
            String buildingName = required(row, Column.BUILDING, found);
            String room = required(row, Column.ROOM, found);
            Integer floor = floor(row, found);
            BigDecimal buildingArea = area(row, Column.BUILDING_AREA, true, found);
            BigDecimal interiorArea = area(row, Column.INTERIOR_AREA, false, found);
            UnitType type = named(row, Column.TYPE, UnitType.named(row.cell(Column.TYPE)).orElse(null), "unknown-type",
                    "类型 must be one of 住宅, 商铺, 办公, 车位, 储藏室, 其他 (or RESIDENTIAL, SHOP, OFFICE, PARKING, STORAGE, OTHER)",
                    found);
            UnitState state = named(row, Column.STATE, UnitState.named(row.cell(Column.STATE)).orElse(null), "unknown-state",
                    "状态 must be one of 未售, 已交付, 装修中, 已入住, 出租, 空置 (or UNSOLD, HANDED_OVER, RENOVATING, OCCUPIED, RENTED, VACANT)",
                    found);
            if (buildingArea != null && interiorArea != null && interiorArea.compareTo(buildingArea) > 0) {
                found.add(new Problem(row.row(), Column.INTERIOR_AREA.header(), "interior-larger-than-building",
                        "套内面积 " + interiorArea + " is larger than 建筑面积 " + buildingArea));
            }
            String number = buildingName == null || room == null ? null
                    : number(buildingName, row.cell(Column.ENTRANCE), room);
            if (number != null) {
                String key = buildingName + "\u0000" + number;
                Integer first = firstRowOf.putIfAbsent(key, row.row());
                if (first != null) {
                    found.add(new Problem(row.row(), Column.ROOM.header(), "duplicate-unit",
                            buildingName + " " + number + " is in row " + first + " already"));
                }
            }
            if (found.isEmpty()) {
                Unit unit = community.buildingNamed(buildingName)
                        .map(building -> stored.get(building.id() + "\u0000" + number)).orElse(null);
                if (unit == null) {
                    Unit.Details details = details(number, floor, type == null ? UnitType.RESIDENTIAL : type,
                            state == null ? UnitState.UNSOLD : state, buildingArea, interiorArea, row, found);
                    if (details != null) {
                        newUnits.add(new NewUnit(row.row(), buildingName, details));
                        if (community.buildingNamed(buildingName).isEmpty()) {
                            newBuildings.add(buildingName);
                        }
                    }
                } else {
                    Unit.Details asWritten = details(number, floor, type == null ? unit.type() : type,
                            state == null ? unit.state() : state, buildingArea,
                            interiorArea == null ? unit.interiorAreaSqm() : interiorArea, row, found);
                    if (asWritten != null && unit.has(asWritten)) {
                        unchanged++;
                    } else if (asWritten != null) {
                        found.add(new Problem(row.row(), null, "existing-unit-changes", buildingName + " " + number
                                + " exists and the row would change it: " + differences(unit.details(), asWritten)
                                + "; change it in the estate editor"));
                    }
                }
            }
            problems.addAll(found);
        }
        return new Plan(counted, List.copyOf(problems), List.copyOf(newBuildings), List.copyOf(newUnits), unchanged);
    }

    /** The unit's number from its building, entrance and room: {@code 3号楼}, {@code 1}, {@code 101} → {@code 3-1-101}. */
    public static String number(String buildingName, String entrance, String room) {
        if (room.contains("-")) {
            return room;
        }
        StringBuilder number = new StringBuilder();
        Matcher digits = LEADING_DIGITS.matcher(buildingName);
        if (digits.find()) {
            number.append(digits.group(1)).append('-');
        }
        if (entrance != null && !entrance.isBlank()) {
            number.append(entrance.strip().replaceAll("单元$", "")).append('-');
        }
        return number.append(room).toString();
    }

    private static String required(UnitSheet.Row row, Column column, List<Problem> found) {
        String text = row.cell(column);
        if (text == null) {
            found.add(new Problem(row.row(), column.header(), "missing-value", column.header() + " is empty"));
        }
        return text;
    }

    private static Integer floor(UnitSheet.Row row, List<Problem> found) {
        String text = required(row, Column.FLOOR, found);
        if (text == null) {
            return null;
        }
        if (!INTEGER.matcher(text).matches()) {
            found.add(new Problem(row.row(), Column.FLOOR.header(), "invalid-floor", "楼层 " + text + " is not a whole number"));
            return null;
        }
        int floor = new BigDecimal(text).intValueExact();
        if (floor < Unit.Details.LOWEST_FLOOR || floor > Unit.Details.HIGHEST_FLOOR) {
            found.add(new Problem(row.row(), Column.FLOOR.header(), "invalid-floor", "楼层 " + text + " must be between "
                    + Unit.Details.LOWEST_FLOOR + " and " + Unit.Details.HIGHEST_FLOOR));
            return null;
        }
        return floor;
    }

    private static BigDecimal area(UnitSheet.Row row, Column column, boolean required, List<Problem> found) {
        String text = required ? required(row, column, found) : row.cell(column);
        if (text == null) {
            return null;
        }
        BigDecimal area;
        try {
            area = new BigDecimal(text.replace(",", "").replaceAll("(?i)\\s*(m²|㎡|m2|平方米|平米)$", ""));
        } catch (NumberFormatException notANumber) {
            found.add(new Problem(row.row(), column.header(), "not-a-number", column.header() + " " + text + " is not a number"));
            return null;
        }
        // a spreadsheet's arithmetic leaves 104.85000000000001 where 104.85 was meant
        BigDecimal rounded = area.setScale(2, RoundingMode.HALF_UP);
        if (rounded.subtract(area).abs().compareTo(new BigDecimal("0.000001")) > 0) {
            found.add(new Problem(row.row(), column.header(), "invalid-area", column.header() + " " + text
                    + " has more than two decimal places"));
            return null;
        }
        if (rounded.signum() <= 0 || rounded.compareTo(Areas.MAX) > 0) {
            found.add(new Problem(row.row(), column.header(), "invalid-area", column.header() + " " + text
                    + " must be above 0 and at most " + Areas.MAX));
            return null;
        }
        return rounded;
    }

    private static <E> E named(UnitSheet.Row row, Column column, E value, String code, String message,
                               List<Problem> found) {
        String text = row.cell(column);
        if (text != null && value == null) {
            found.add(new Problem(row.row(), column.header(), code, column.header() + " " + text + ": " + message));
        }
        return value;
    }

    private static Unit.Details details(String number, Integer floor, UnitType type, UnitState state,
                                        BigDecimal buildingArea, BigDecimal interiorArea, UnitSheet.Row row,
                                        List<Problem> found) {
        try {
            return new Unit.Details(number, floor, type, state, buildingArea, interiorArea);
        } catch (RuleViolationException e) {
            found.add(new Problem(row.row(), null, e.code(), e.getMessage()));
            return null;
        }
    }

    private static String differences(Unit.Details was, Unit.Details row) {
        List<String> changes = new ArrayList<>();
        if (was.floor() != row.floor()) {
            changes.add("楼层 " + was.floor() + " → " + row.floor());
        }
        if (was.type() != row.type()) {
            changes.add("类型 " + was.type().label() + " → " + row.type().label());
        }
        if (was.state() != row.state()) {
            changes.add("状态 " + was.state().label() + " → " + row.state().label());
        }
        if (!java.util.Objects.equals(was.buildingAreaSqm(), row.buildingAreaSqm())) {
            changes.add("建筑面积 " + was.buildingAreaSqm() + " → " + row.buildingAreaSqm());
        }
        if (!java.util.Objects.equals(was.interiorAreaSqm(), row.interiorAreaSqm())) {
            changes.add("套内面积 " + was.interiorAreaSqm() + " → " + row.interiorAreaSqm());
        }
        return String.join(", ", changes);
    }
}
