package io.propertyops.facility.estate.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A community's unit list as property companies keep it in a spreadsheet: one row per unit, with the columns
 * 楼栋 / 单元 / 楼层 / 房号 / 类型 / 状态 / 建筑面积 / 套内面积 (or their English names), in any order.
 */
public final class UnitSheet {

    /** The columns, each with the headers it is known by (Chinese first: the template's). */
    public enum Column {
        BUILDING(true, "楼栋", "building"),
        ENTRANCE(false, "单元", "entrance"),
        FLOOR(true, "楼层", "floor"),
        ROOM(true, "房号", "room", "number", "unit number"),
        TYPE(false, "类型", "type"),
        STATE(false, "状态", "state"),
        BUILDING_AREA(true, "建筑面积", "building area"),
        INTERIOR_AREA(false, "套内面积", "interior area");

        private final boolean required;
        private final List<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = List.of(headers);
        }

        public boolean required() {
            return required;
        }

        /** The header the template writes, in Chinese. */
        public String header() {
            return headers.getFirst();
        }

        /** The header in English. */
        public String englishHeader() {
            String english = headers.get(1);
            return Character.toUpperCase(english.charAt(0)) + english.substring(1);
        }

        /** The column a header names: its Chinese or English name, any case, a unit such as (m²) or （㎡） ignored. */
        public static Optional<Column> headed(String header) {
            if (header == null) {
                return Optional.empty();
            }
            String plain = header.replaceAll("[（(\\[【].*?[）)\\]】]", "").replace('_', ' ').strip()
                    .toLowerCase(Locale.ROOT);
            for (Column column : values()) {
                if (column.headers.contains(plain)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One row as written, each cell's text (numbers as they are, without their display format).
     *
     * @param row the row's number as the spreadsheet shows it (the header is row 1)
     */
    public record Row(int row, Map<Column, String> cells) {

        public Row {
            Map<Column, String> copy = new EnumMap<>(Column.class);
            cells.forEach((column, text) -> {
                if (text != null && !text.isBlank()) {
                    copy.put(column, text.strip());
                }
            });
            cells = copy;
        }

        public String cell(Column column) {
            return cells.get(column);
        }

        public boolean isBlank() {
            return cells.isEmpty();
        }
    }

    /** Which column each position of the header row holds; problems for headers missing or given twice. */
    public record Header(Map<Integer, Column> positions, List<String> problems) {

        public static Header of(List<String> headers) {
            Map<Integer, Column> positions = new java.util.LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                int position = i;
                Column.headed(headers.get(i)).ifPresent(column -> {
                    if (positions.containsValue(column)) {
                        problems.add("The column " + column.header() + " is there twice");
                    } else {
                        positions.put(position, column);
                    }
                });
            }
            for (Column column : Column.values()) {
                if (column.required() && !positions.containsValue(column)) {
                    problems.add("The column " + column.header() + " (" + column.englishHeader() + ") is missing");
                }
            }
            return new Header(Map.copyOf(positions), List.copyOf(problems));
        }
    }

    private UnitSheet() {
    }
}
