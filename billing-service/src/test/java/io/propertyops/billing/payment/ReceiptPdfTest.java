package io.propertyops.billing.payment;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receipt's PDF, downloaded by the owner of the unit and read back as text: the Chinese is there (embedded, with
 * its Unicode), with the amount in capitals; the staff of the community read it too, anyone else gets 404.
 */
@ServiceTest
class ReceiptPdfTest {

    @Autowired
    TestHttp http;
    @Autowired
    UnitAreas units;
    @Autowired
    Ledgers ledgers;

    @Test
    void theOwnerDownloadsTheReceiptAndItsChineseReadsBack() throws Exception {
        PaymentFixtures.Billed billed = new PaymentFixtures(units, ledgers).billedUnit();
        String cashier = TestTokens.staff("cashier-" + billed.community(), "FINANCE", billed.community()).name("李娜").token();
        TestHttp.Response taken = http.post("/api/v1/desk-payments", cashier, "{\"communityId\":\"" + billed.community()
                + "\",\"unitId\":\"" + billed.unit() + "\",\"method\":\"CASH\",\"amount\":\"323.45\",\"payerName\":\"张伟\"}",
                "Idempotency-Key", "receipt-1");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        String receiptId = taken.json("$.receiptId");
        String owner = TestTokens.owner("owner-" + billed.unit(), billed.community(), billed.unit()).token();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(http.request("/api/v1/receipts/" + receiptId + ".pdf", owner)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("收", "据", taken.<String>json("$.receiptNumber"), "1-1-101", "张伟", "李娜",
                "物业服务费", "287.40", "水费", "25.00", "预存款", "11.05", "现金",
                "人民币叁佰贰拾叁元肆角伍分", "¥323.45", "2026-12");

        TestHttp.Response json = http.get("/api/v1/receipts/" + receiptId, cashier);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.<String>json("$.amountInWords")).isEqualTo("叁佰贰拾叁元肆角伍分");

        String anotherOwner = TestTokens.owner("owner-other", billed.community(), billed.community() + "-u102").token();
        String otherStaff = TestTokens.staff("cashier-other", "FINANCE", "c-elsewhere").token();
        for (String stranger : new String[]{anotherOwner, otherStaff}) {
            assertThat(http.get("/api/v1/receipts/" + receiptId + ".pdf", stranger).status()).isEqualTo(404);
            assertThat(http.get("/api/v1/receipts/" + receiptId, stranger).status()).isEqualTo(404);
        }
        TestHttp.Response mine = http.get("/api/v1/me/receipts?communityId=" + billed.community() + "&unitId=" + billed.unit(), owner);
        assertThat(mine.body()).contains(receiptId);
    }
}
