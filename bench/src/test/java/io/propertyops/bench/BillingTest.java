package io.propertyops.bench;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BillingTest {

    @Test
    void theUnitListHasTheImportsHeaderAndOneRowPerUnitEachADifferentRoom() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Billing.sheet("x1", 1_000)))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("楼栋");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("建筑面积");
            assertThat(sheet.getLastRowNum()).isEqualTo(1_000);
            Set<String> rooms = new HashSet<>();
            for (int r = 1; r <= 1_000; r++) {
                Row row = sheet.getRow(r);
                rooms.add(row.getCell(0).getStringCellValue() + "/" + row.getCell(3).getStringCellValue());
                assertThat(row.getCell(6).getNumericCellValue()).isBetween(60.0, 69.9);
            }
            assertThat(rooms).hasSize(1_000);
            assertThat(sheet.getRow(1_000).getCell(0).getStringCellValue()).isEqualTo("账单x1-5号楼");
        }
    }
}
