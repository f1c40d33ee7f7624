package io.propertyops.billing.report;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Collection by month and by fee item, prepaid balances, and the XLSX a spreadsheet reads back. */
@ServiceTest
class BillingReportsTest {

    private static final Instant AT = Instant.parse("2026-11-05T02:00:00Z");

    @Autowired
    Ledgers ledgers;
    @Autowired
    TestHttp http;

    final String community = "c-" + UUID.randomUUID();
    final String finance = TestTokens.staff("fin-1", "FINANCE", community).token();

    void charge(Payer payer, String id, String period, String amount) {
        ledgers.post(payer, community, new Ledgers.Command(ledger -> ledger.charge(id, new LedgerLine.ChargeTerms("pm",
                "物业服务费", period, "b-" + period, YearMonthEnd.of(period)), Money.of(amount), AT, "run"), (l, p) -> List.of()));
    }

    void pay(Payer payer, String id, String amount) {
        ledgers.post(payer, community, new Ledgers.Command(ledger -> ledger.pay(id, new LedgerLine.PaymentTerms(
                PaymentMethod.CASH, "b"), Money.of(amount), List.of(), AT, "cashier"), (l, p) -> List.of()));
    }

    static final class YearMonthEnd {
        static LocalDate of(String month) {
            return java.time.YearMonth.parse(month).atEndOfMonth();
        }
    }

    @Test
    void collectionMonthByMonthPrepaidAndTheWorkbook() throws Exception {
        Payer a = Payer.unit("u-a-" + community);
        Payer b = Payer.unit("u-b-" + community);
        charge(a, "oct", "2026-10", "100.00");
        charge(a, "nov", "2026-11", "100.00");
        charge(b, "nov", "2026-11", "300.00");
        pay(a, "p1", "250.00"); // oct and nov settled, 50.00 prepaid
        pay(b, "p1", "150.00");

        TestHttp.Response months = http.get("/api/v1/billing-reports/collection?communityId=" + community
                + "&from=2026-10&to=2026-12&asOf=2026-12-08", finance);
        assertThat(months.<List<String>>json("$[*].month")).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(months.<List<String>>json("$[*].collectionRate")).containsExactly("1.0000", "0.6250", "1.0000");
        assertThat(http.get("/api/v1/billing-reports/prepaid?communityId=" + community, finance)
                .<List<String>>json("$[*].prepaid")).containsExactly("50.00");
        assertThat(http.get("/api/v1/billing-reports/collection?communityId=" + community
                + "&from=2026-12&to=2026-10", finance).status()).isEqualTo(422);

        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(http.request("/api/v1/billing-reports/collection.xlsx?communityId="
                + community + "&period=2026-11&asOf=2026-12-08", finance).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet byItem = workbook.getSheet("按收费项目");
            assertThat(byItem.getRow(1).getCell(0).getStringCellValue()).isEqualTo("物业服务费");
            assertThat(byItem.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(400.00);
            assertThat(byItem.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(250.00);
            assertThat(workbook.getSheet("按房屋").getPhysicalNumberOfRows()).isEqualTo(3);
        }
    }
}
