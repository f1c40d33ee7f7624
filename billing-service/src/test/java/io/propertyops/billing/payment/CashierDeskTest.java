package io.propertyops.billing.payment;

import com.jayway.jsonpath.JsonPath;
import io.propertyops.billing.approval.application.Approvals;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerInvariants;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.payment.application.CashierDesk;
import io.propertyops.billing.payment.application.ReceiptStore;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.PaymentReversed;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cashier's desk on the real service: money taken once per Idempotency-Key into the cashier's batch of the day,
 * an overpayment kept as prepaid, receipts numbered without gaps even when cashiers race, and a batch cancelled only
 * by someone other than its cashier, after which each of its payments is reversed once.
 */
@ServiceTest
class CashierDeskTest {

    @Autowired
    TestHttp http;
    @Autowired
    UnitAreas units;
    @Autowired
    Ledgers ledgers;
    @Autowired
    Approvals approvals;
    @Autowired
    CashierDesk desk;
    @Autowired
    ReceiptStore receipts;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    PaymentFixtures fixtures() {
        return new PaymentFixtures(units, ledgers);
    }

    static String cashier(String community) {
        return TestTokens.staff("cashier-" + community, "FINANCE", community).name("李娜").token();
    }

    TestHttp.Response pay(String token, PaymentFixtures.Billed billed, String method, String amount, String charges, String key) {
        return http.post("/api/v1/desk-payments", token, "{\"communityId\":\"" + billed.community() + "\",\"unitId\":\""
                + billed.unit() + "\",\"method\":\"" + method + "\",\"amount\":\"" + amount + "\",\"chargeIds\":" + charges
                + ",\"payerName\":\"张伟\"}", "Idempotency-Key", key);
    }

    @Test
    void takesCashForTheChosenChargeKeepsTheRestPrepaidAndARetryTakesNothingTwice() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String pm = billed.charges().getFirst();
        String token = cashier(billed.community());

        TestHttp.Response taken = pay(token, billed, "CASH", "300.00", "[\"" + pm + "\"]", "desk-1");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        TestHttp.Response retried = pay(token, billed, "CASH", "300.00", "[\"" + pm + "\"]", "desk-1");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(retried.body(), "$.paymentId")).isEqualTo(taken.json("$.paymentId"));
        assertThat(JsonPath.<String>read(retried.body(), "$.receiptNumber")).isEqualTo(taken.json("$.receiptNumber"));

        Ledger ledger = fixtures().ledger(billed.unit());
        assertThat(ledger.lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.PAYMENT).hasSize(1);
        assertThat(ledger.outstanding(pm)).isEqualTo(Money.ZERO);
        assertThat(ledger.outstanding(billed.charges().get(1))).as("water was not chosen").isEqualTo(Money.of("25.00"));
        assertThat(ledger.prepaid()).isEqualTo(Money.of("12.60"));
        assertThat(taken.<String>json("$.prepaidAfter")).isEqualTo("12.60");
        assertThat(taken.<String>json("$.receiptNumber")).endsWith("-000001");

        TestHttp.Response batch = http.get("/api/v1/cashier-batches/" + taken.json("$.batchId"), token);
        assertThat(batch.status()).isEqualTo(200);
        assertThat(JsonPath.<String>read(batch.body(), "$.totals.CASH")).isEqualTo("300.00");
        assertThat(JsonPath.<List<Object>>read(batch.body(), "$.payments")).hasSize(1);
        assertThat(JsonPath.<String>read(batch.body(), "$.cashierName")).isEqualTo("李娜");

        TestHttp.Response reused = pay(token, billed, "CASH", "1.00", "[]", "desk-1");
        assertThat(reused.status()).as("the same key for another payment").isEqualTo(409);
    }

    @Test
    void refusesWhatIsNoDeskPaymentAndAnotherCommunitysUnit() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        PaymentFixtures.Billed other = fixtures().billedUnit();
        String token = cashier(billed.community());

        assertThat(pay(token, billed, "WECHAT_PAY", "10.00", "[]", "k1").status()).isEqualTo(422);
        assertThat(pay(token, billed, "CASH", "10.001", "[]", "k2").status()).isEqualTo(400);
        assertThat(pay(token, billed, "CASH", "10.00", "[\"" + other.charges().getFirst() + "\"]", "k3").status()).isEqualTo(404);
        assertThat(pay(token, other, "CASH", "10.00", "[]", "k4").status()).as("a unit of another community").isEqualTo(404);
        assertThat(fixtures().ledger(billed.unit()).lines()).noneMatch(line -> line.kind() == LedgerLine.Kind.PAYMENT);
    }

    @Test
    void receiptNumbersHaveNoGapsWhenCashiersRace() throws Exception {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        List<Callable<TestHttp.Response>> payments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String token = TestTokens.staff("cashier-" + (i % 4) + "-" + billed.community(), "FINANCE", billed.community()).token();
            String key = "race-" + i;
            String method = i % 2 == 0 ? "CASH" : "POS";
            payments.add(() -> pay(token, billed, method, "1.00", "[]", key));
        }
        List<String> numbers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<TestHttp.Response> taken : pool.invokeAll(payments)) {
                assertThat(taken.get().status()).as(taken.get().toString()).isEqualTo(201);
                numbers.add(taken.get().json("$.receiptNumber"));
            }
        }
        List<String> sequences = numbers.stream().map(number -> number.substring(number.length() - 6)).sorted().toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            expected.add("%06d".formatted(i));
        }
        assertThat(sequences).isEqualTo(expected);
        assertThat(fixtures().ledger(billed.unit()).lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.PAYMENT).hasSize(20);
    }

    @Test
    void aBatchIsCancelledOnlyBySomeoneElseAndItsPaymentsAreReversedOnce() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String token = cashier(billed.community());
        TestHttp.Response first = pay(token, billed, "CASH", "287.40", "[]", "c-1");
        TestHttp.Response second = pay(token, billed, "POS", "25.00", "[]", "c-2");
        String batchId = first.json("$.batchId");
        assertThat(second.<String>json("$.batchId")).isEqualTo(batchId);
        assertThat(fixtures().ledger(billed.unit()).owed()).isEqualTo(Money.ZERO);

        TestHttp.Response asked = http.post("/api/v1/cashier-batches/" + batchId + "/cancellation", token,
                "{\"reason\":\"现金盘点短款\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        String approvalId = asked.json("$.cancellationApprovalId");
        assertThat(asked.<String>json("$.cancellation")).isEqualTo("PENDING");
        TestHttp.Response meanwhile = pay(token, billed, "CASH", "1.00", "[]", "c-3");
        assertThat(meanwhile.<String>json("$.batchId")).as("a batch waiting for its cancellation takes nothing")
                .isNotEqualTo(batchId);

        TestHttp.Response own = http.post("/api/v1/approvals/" + approvalId + "/decision", token, "{\"approve\":true}");
        assertThat(own.status()).as("the cashier approves their own cancellation: %s", own).isEqualTo(409);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(fixtures().ledger(billed.unit()).lines()).noneMatch(line -> line.kind() == LedgerLine.Kind.PAYMENT_REVERSAL);

        String reviewer = TestTokens.staff("reviewer-" + billed.community(), "FINANCE", billed.community()).token();
        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            TestHttp.Response approved = http.post("/api/v1/approvals/" + approvalId + "/decision", reviewer,
                    "{\"approve\":true,\"note\":\"复核属实\"}");
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            // the approvals' job applying it again changes nothing
            desk.cancellationDecided(approvals.get(new Caller("r", "r", Set.of("FINANCE"), Set.of(billed.community()),
                    Set.of(), Set.of()), approvalId));

            Ledger ledger = fixtures().ledger(billed.unit());
            assertThat(ledger.lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.PAYMENT_REVERSAL).hasSize(2);
            assertThat(ledger.owed()).as("both charges owe again").isEqualTo(Money.of("312.40"));
            assertThat(ledger.prepaid()).as("the payment taken in the next batch stands").isEqualTo(Money.of("1.00"));
            assertThat(LedgerInvariants.violations(ledger.lines())).isEmpty();
            tap.awaitOne(PaymentReversed.class, event -> event.aggregateId().equals(first.json("$.paymentId")));
            tap.awaitOne(PaymentReversed.class, event -> event.aggregateId().equals(second.json("$.paymentId")));
        }
        TestHttp.Response batch = http.get("/api/v1/cashier-batches/" + batchId, token);
        assertThat(JsonPath.<String>read(batch.body(), "$.state")).isEqualTo("CANCELLED");
        assertThat(receipts.find(first.json("$.receiptId")).orElseThrow().voided()).isTrue();
        assertThat(receipts.find(meanwhile.json("$.receiptId")).orElseThrow().voided()).isFalse();
    }

    @Test
    void aClosedBatchTakesNoMorePaymentsAndTheNextOneOpensANewBatch() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String token = cashier(billed.community());
        String batchId = pay(token, billed, "CASH", "10.00", "[]", "d-1").json("$.batchId");
        TestHttp.Response stale = http.send(http.request("/api/v1/cashier-batches/" + batchId + "/close", token)
                .header("If-Match", "\"99\"").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(stale.status()).isEqualTo(412);

        TestHttp.Response closed = http.post("/api/v1/cashier-batches/" + batchId + "/close", token, "{}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.<String>json("$.state")).isEqualTo("CLOSED");

        String next = pay(token, billed, "CASH", "10.00", "[]", "d-2").json("$.batchId");
        assertThat(next).isNotEqualTo(batchId);
        TestHttp.Response day = http.get("/api/v1/cashier-batches?communityId=" + billed.community(), token);
        assertThat(JsonPath.<List<String>>read(day.body(), "$[*].id")).containsExactlyInAnyOrder(batchId, next);
    }
}
