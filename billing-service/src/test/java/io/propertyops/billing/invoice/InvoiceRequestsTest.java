package io.propertyops.billing.invoice;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An owner asks for an invoice for a payment once; finance issues it; a company needs its credit code. */
@ServiceTest
class InvoiceRequestsTest {

    @Autowired
    Ledgers ledgers;
    @Autowired
    TestHttp http;

    final String community = "c-" + UUID.randomUUID();
    final Payer unit = Payer.unit("u-" + UUID.randomUUID());

    @Test
    void aPaymentIsInvoicedOnceAndFinanceIssuesIt() {
        ledgers.post(unit, community, new Ledgers.Command(ledger -> ledger.pay("p1", new LedgerLine.PaymentTerms(
                PaymentMethod.WECHAT_PAY, "4200001"), Money.of("312.40"), List.of(), Instant.now(), "notify"), (l, p) -> List.of()));
        String owner = TestTokens.owner("owner-1", community, unit.id()).token();
        String body = "{\"payer\":\"" + unit.key() + "\",\"paymentIds\":[\"p1\"],\"titleKind\":\"%s\",\"title\":\"张三\","
                + "\"taxNumber\":%s,\"email\":\"owner@example.com\"}";

        assertThat(http.post("/api/v1/me/invoice-requests", owner, body.formatted("COMPANY", "\"123\"")).<String>json("$.code"))
                .isEqualTo("invalid-tax-number");
        var asked = http.post("/api/v1/me/invoice-requests", owner, body.formatted("PERSONAL", "null"));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.<String>json("$.amount")).isEqualTo("312.40");
        assertThat(http.post("/api/v1/me/invoice-requests", owner, body.formatted("PERSONAL", "null")).<String>json("$.code"))
                .isEqualTo("already-requested");
        assertThat(http.post("/api/v1/me/invoice-requests", TestTokens.owner("owner-2", community, "u-other").token(),
                body.formatted("PERSONAL", "null")).status()).as("not their unit").isEqualTo(404);

        String finance = TestTokens.staff("fin-1", "FINANCE", community).token();
        String id = asked.json("$.id");
        var issued = http.post("/api/v1/invoice-requests/" + id + "/issue", finance, "{\"invoiceNumber\":\"26332000000012345678\"}");
        assertThat(issued.<String>json("$.status")).isEqualTo("ISSUED");
        assertThat(http.post("/api/v1/invoice-requests/" + id + "/reject", finance, "{\"reason\":\"重复\"}").status()).isEqualTo(409);
        assertThat(http.get("/api/v1/me/invoice-requests", owner).<List<String>>json("$[*].invoiceNumber"))
                .containsExactly("26332000000012345678");
    }
}
