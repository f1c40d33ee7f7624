package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.domain.UnitSheet;
import io.propertyops.facility.estate.domain.UnitSheet.Column;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.PayloadTooLargeException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Unit lists in XLSX, the form property companies keep them in: read as a stream of rows (POI's event API, so a
 * list of 20,000 rows never becomes a workbook in memory) from the first sheet, whose first row with something in
 * it is the header; and the template staff download to fill in.
 */
final class UnitSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private UnitSheets() {
    }

    /**
     * The rows of the first sheet under its header.
     *
     * @throws RuleViolationException {@code unreadable-spreadsheet} when it is not an XLSX file,
     *                                {@code invalid-header} when a column is missing or twice,
     *                                {@code too-many-rows} when it has more than {@code maxRows} rows
     */
    static List<UnitSheet.Row> read(InputStream xlsx, int maxRows) throws IOException {
        Collector rows = new Collector(maxRows);
        try (OPCPackage workbook = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw unreadable("The workbook has no sheet");
            }
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), rows, new PlainNumbers(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | IOException
                 | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            // the body went over its limit while POI read it (413), or a row said the header is wrong (422)
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof PayloadTooLargeException || cause instanceof RuleViolationException) {
                    throw (RuntimeException) cause;
                }
            }
            throw unreadable("The file is not an XLSX workbook that can be read (" + e.getClass().getSimpleName() + ")");
        }
        if (rows.header == null) {
            throw new RuleViolationException("invalid-header", "file", "The first sheet is empty: it needs a header row "
                    + Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(" / ")));
        }
        return rows.rows;
    }

    private static RuleViolationException unreadable(String message) {
        return new RuleViolationException("unreadable-spreadsheet", "file", message);
    }

    /** Numbers as they are stored, not as the cell's format shows them: 89.5 stays 89.5 under a format of "0". */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return plain(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return plain(value, formatIndex, formatString, use1904Windowing);
        }

        private String plain(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)) {
                return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxRows;
        private final List<UnitSheet.Row> rows = new ArrayList<>();
        private UnitSheet.Header header;
        private final TreeMap<Integer, String> cells = new TreeMap<>();

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference != null && formattedValue != null && !formattedValue.isBlank()) {
                cells.put((int) new CellReference(cellReference).getCol(), formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                if (cells.isEmpty()) {
                    return;
                }
                List<String> names = new ArrayList<>();
                for (int i = 0; i <= cells.lastKey() && i < 100; i++) {
                    names.add(cells.getOrDefault(i, ""));
                }
                header = UnitSheet.Header.of(names);
                if (!header.problems().isEmpty()) {
                    throw new RuleViolationException("invalid-header", "file", String.join("; ", header.problems())
                            + ". The header row names the columns "
                            + Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(" / ")));
                }
                return;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            header.positions().forEach((position, column) -> values.put(column, cells.get(position)));
            UnitSheet.Row row = new UnitSheet.Row(rowNum + 1, values);
            if (row.isBlank()) {
                return;
            }
            if (rows.size() == maxRows) {
                throw new RuleViolationException("too-many-rows", "file", "The sheet has more than " + maxRows
                        + " units; import it in parts of at most " + maxRows + " rows");
            }
            rows.add(row);
        }
    }

    /** The template: the header row in Chinese (or English), two example rows, and a sheet that explains the columns. */
    static byte[] template(boolean english) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = workbook.createSheet(english ? "Units" : "房屋");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = units.createRow(0);
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(english ? columns[i].englishHeader() : columns[i].header());
                cell.setCellStyle(bold);
                units.setColumnWidth(i, 14 * 256);
            }
            example(units.createRow(1), "3号楼", "1", 1, "101", english ? "RESIDENTIAL" : "住宅",
                    english ? "HANDED_OVER" : "已交付", 89.5, 74.2);
            example(units.createRow(2), "3号楼", "1", 1, "102", english ? "RESIDENTIAL" : "住宅",
                    english ? "UNSOLD" : "未售", 126.3, 104.85);
            Sheet notes = workbook.createSheet(english ? "Notes" : "说明");
            List<String> lines = english ? List.of(
                    "One row per unit. Required: Building, Floor, Room, Building area.",
                    "The unit number is building-entrance-room: 3号楼, entrance 1, room 101 → 3-1-101; a room with dashes is the whole number.",
                    "Type: " + Arrays.stream(UnitType.values()).map(Enum::name).collect(Collectors.joining(", ")) + " (RESIDENTIAL when empty).",
                    "State: " + Arrays.stream(UnitState.values()).map(Enum::name).collect(Collectors.joining(", ")) + " (UNSOLD when empty).",
                    "Areas in m², above 0, at most two decimal places; the interior area is not above the building area.",
                    "Import with dryRun=true first: it lists every row's problems and writes nothing.")
                    : List.of(
                    "每行一套房屋。必填：楼栋、楼层、房号、建筑面积。",
                    "房屋编号为 楼栋号-单元-房号：3号楼、1 单元、101 → 3-1-101；房号中已有“-”时即为完整编号。",
                    "类型：" + Arrays.stream(UnitType.values()).map(UnitType::label).collect(Collectors.joining("、")) + "（空白为住宅）。",
                    "状态：" + Arrays.stream(UnitState.values()).map(UnitState::label).collect(Collectors.joining("、")) + "（空白为未售）。",
                    "面积单位为平方米，大于 0，最多两位小数；套内面积不大于建筑面积。",
                    "先以 dryRun=true 试导入：列出每一行的问题，不写入任何数据。");
            for (int i = 0; i < lines.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            notes.setColumnWidth(0, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void example(Row row, String building, String entrance, int floor, String room, String type,
                                String state, double buildingArea, double interiorArea) {
        row.createCell(0).setCellValue(building);
        row.createCell(1).setCellValue(entrance);
        row.createCell(2).setCellValue(floor);
        row.createCell(3).setCellValue(room);
        row.createCell(4).setCellValue(type);
        row.createCell(5).setCellValue(state);
        row.createCell(6).setCellValue(buildingArea);
        row.createCell(7).setCellValue(interiorArea);
    }
}
