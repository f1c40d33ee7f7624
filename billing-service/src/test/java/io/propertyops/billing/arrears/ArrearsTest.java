package io.propertyops.billing.arrears;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dunning worklist ages arrears and shows the last contact; the receivables review gives the collection rate. */
@ServiceTest
class ArrearsTest {

    private static final Instant AT = Instant.parse("2026-10-01T02:00:00Z");

    @Autowired
    Ledgers ledgers;
    @Autowired
    TestHttp http;

    final String community = "c-" + UUID.randomUUID();
    final String finance = TestTokens.staff("fin-1", "FINANCE", community).token();

    void charge(Payer payer, String id, String item, String period, String amount, LocalDate dueOn) {
        ledgers.post(payer, community, new Ledgers.Command(ledger -> ledger.charge(id, new LedgerLine.ChargeTerms(item,
                item.equals("pm") ? "物业服务费" : "停车费", period, "bill-" + period, dueOn), Money.of(amount), AT, "run"),
                (l, p) -> List.of()));
    }

    void pay(Payer payer, String id, String amount) {
        ledgers.post(payer, community, new Ledgers.Command(ledger -> ledger.pay(id, new LedgerLine.PaymentTerms(
                PaymentMethod.CASH, "b"), Money.of(amount), List.of(), AT, "cashier"), (l, p) -> List.of()));
    }

    @Test
    void theWorklistAgesArrearsLargestFirstWithTheLastContact() {
        Payer small = Payer.unit("u-small-" + community);
        Payer large = Payer.unit("u-large-" + community);
        Payer paid = Payer.unit("u-paid-" + community);
        charge(small, "c1", "pm", "2026-11", "100.00", LocalDate.of(2026, 11, 30));
        charge(large, "c1", "pm", "2026-06", "300.00", LocalDate.of(2026, 6, 30));
        charge(large, "c2", "pm", "2026-11", "300.00", LocalDate.of(2026, 11, 30));
        charge(paid, "c1", "pm", "2026-11", "100.00", LocalDate.of(2026, 11, 30));
        pay(paid, "p1", "100.00");

        var recorded = http.post("/api/v1/arrears/" + large.key() + "/contacts", finance,
                "{\"way\":\"CALL\",\"outcome\":\"PROMISED\",\"promisedOn\":\"2026-12-20\",\"note\":\"月底前缴清\"}",
                "Idempotency-Key", "call-1");
        assertThat(recorded.status()).isEqualTo(201);
        http.post("/api/v1/arrears/" + large.key() + "/contacts", finance,
                "{\"way\":\"CALL\",\"outcome\":\"PROMISED\",\"promisedOn\":\"2026-12-20\",\"note\":\"月底前缴清\"}",
                "Idempotency-Key", "call-1");
        assertThat(http.post("/api/v1/arrears/" + large.key() + "/contacts", finance,
                "{\"way\":\"CALL\",\"outcome\":\"PROMISED\"}").status()).isEqualTo(422);

        TestHttp.Response list = http.get("/api/v1/arrears?communityId=" + community + "&asOf=2026-12-08", finance);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.<List<String>>json("$[*].payer")).containsExactly(large.key(), small.key());
        assertThat(list.<String>json("$[0].overdue")).isEqualTo("600.00");
        assertThat(list.<String>json("$[0].buckets.DAYS_1_30")).isEqualTo("300.00");
        assertThat(list.<String>json("$[0].buckets.OVER_180")).as("due 30 June: 161 days").isEqualTo("0.00");
        assertThat(list.<String>json("$[0].buckets.DAYS_91_180")).isEqualTo("300.00");
        assertThat(list.<Integer>json("$[0].daysLate")).isEqualTo(161);
        assertThat(list.<String>json("$[0].lastContact.outcome")).isEqualTo("PROMISED");
        assertThat(http.get("/api/v1/arrears/" + large.key() + "/contacts", finance).<Integer>json("$.length()"))
                .as("recorded once").isEqualTo(1);
    }

    @Test
    void theReceivablesReviewGivesTheCollectionRateByItem() {
        Payer a = Payer.unit("u-a-" + community);
        Payer b = Payer.unit("u-b-" + community);
        charge(a, "c1", "pm", "2026-12", "300.00", LocalDate.of(2026, 12, 31));
        charge(a, "c2", "parking", "2026-12", "200.00", LocalDate.of(2026, 12, 31));
        charge(b, "c1", "pm", "2026-12", "500.00", LocalDate.of(2026, 12, 31));
        charge(b, "old", "pm", "2026-11", "999.00", LocalDate.of(2026, 11, 30));
        pay(a, "p1", "300.00"); // c1 of a (oldest first by due day, then posting)
        pay(b, "p1", "1000.00"); // old 999.00, then 1.00 of c1

        TestHttp.Response review = http.get("/api/v1/receivables?communityId=" + community + "&period=2026-12&asOf=2026-12-08", finance);

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.<String>json("$.total.receivable")).isEqualTo("1000.00");
        assertThat(review.<String>json("$.total.collected")).isEqualTo("301.00");
        assertThat(review.<String>json("$.total.collectionRate")).isEqualTo("0.3010");
        assertThat(review.<String>json("$.byFeeItem['物业服务费'].collected")).isEqualTo("301.00");
        assertThat(review.<String>json("$.byFeeItem['停车费'].collectionRate")).isEqualTo("0.0000");
    }
}
