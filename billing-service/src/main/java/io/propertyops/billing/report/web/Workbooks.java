package io.propertyops.billing.report.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes report tables as an XLSX workbook: one sheet per table, a bold header, money as numbers with two places. */
final class Workbooks {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A table: its sheet name, header, and rows of cells (text, or numbers as BigDecimal). */
    record Table(String name, List<String> header, List<List<Object>> rows) {

        Table(String name, List<String> header) {
            this(name, header, new ArrayList<>());
        }

        Table row(Object... cells) {
            rows.add(List.of(cells));
            return this;
        }
    }

    private Workbooks() {
    }

    static ResponseEntity<byte[]> download(String filename, List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(table.header().get(i));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int i = 0; i < cells.size(); i++) {
                        Cell cell = row.createCell(i);
                        Object value = cells.get(i);
                        if (value instanceof BigDecimal number) {
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(money);
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                for (int i = 0; i < table.header().size(); i++) {
                    sheet.setColumnWidth(i, 18 * 256);
                }
            }
            workbook.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(filename, StandardCharsets.UTF_8).build().toString())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
