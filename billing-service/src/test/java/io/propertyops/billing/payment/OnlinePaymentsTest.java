package io.propertyops.billing.payment;

import com.jayway.jsonpath.JsonPath;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.LedgerInvariants;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.OrderReconciliation;
import io.propertyops.billing.payment.application.PaymentOrderStore;
import io.propertyops.billing.payment.domain.PaymentOrder;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.BillSettled;
import io.propertyops.events.billing.PaymentReceived;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online payments on the real service, broker and store, against the WeChat Pay stub: a signed notification delivered
 * ten times at once posts one payment, a forged one changes nothing, a wrong amount is refused, a lost one is made
 * good by the reconciliation query (and a late copy after it posts nothing), and an unpaid order expires.
 */
@ServiceTest
class OnlinePaymentsTest {

    @Autowired
    TestHttp http;
    @Autowired
    UnitAreas units;
    @Autowired
    Ledgers ledgers;
    @Autowired
    PaymentOrderStore orders;
    @Autowired
    OrderReconciliation reconciliation;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    final WechatPayStub stub = WechatPayStubInitializer.stub();

    PaymentFixtures fixtures() {
        return new PaymentFixtures(units, ledgers);
    }

    String order(PaymentFixtures.Billed billed, String body) {
        TestHttp.Response created = http.post("/api/v1/me/payments", owner(billed), body, "Idempotency-Key", "k-" + UUID.randomUUID());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    static String owner(PaymentFixtures.Billed billed) {
        return TestTokens.owner("owner-" + billed.unit(), billed.community(), billed.unit()).name("张伟").token();
    }

    TestHttp.Response deliver(WechatPayStub.Notification notification) {
        HttpRequest.Builder request = http.request("/api/v1/payments/notify/wechat-pay", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8));
        notification.headers().forEach(request::header);
        return http.send(request);
    }

    @Test
    void aCallbackDeliveredTenTimesAtOncePostsOnePayment() throws Exception {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String id = order(billed, "{\"unitId\":\"" + billed.unit() + "\",\"provider\":\"WECHAT_PAY\"}");
        assertThat(stub.knows(id)).as("the order was created at WeChat Pay").isTrue();
        String transactionId = stub.pay(id);
        WechatPayStub.Notification notification = stub.notification(id);

        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING); var pool = Executors.newFixedThreadPool(10)) {
            List<Callable<TestHttp.Response>> deliveries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                deliveries.add(() -> deliver(notification));
            }
            for (Future<TestHttp.Response> delivered : pool.invokeAll(deliveries)) {
                assertThat(delivered.get().status()).as(delivered.get().toString()).isEqualTo(200);
                assertThat(delivered.get().body()).contains("SUCCESS");
            }

            Ledger ledger = fixtures().ledger(billed.unit());
            assertThat(ledger.lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.PAYMENT).singleElement()
                    .satisfies(payment -> {
                        assertThat(payment.id()).isEqualTo("WECHAT_PAY:" + transactionId);
                        assertThat(payment.amount()).isEqualTo(Money.of("312.40"));
                    });
            assertThat(ledger.owed()).isEqualTo(Money.ZERO);
            assertThat(LedgerInvariants.violations(ledger.lines())).isEmpty();

            PaymentReceived received = tap.awaitOne(PaymentReceived.class,
                    event -> event.aggregateId().equals("WECHAT_PAY:" + transactionId));
            assertThat(received.amount()).isEqualTo("312.40");
            assertThat(received.method()).isEqualTo("WECHAT_PAY");
            assertThat(received.receiptNumber()).endsWith("-000001");
            assertThat(received.owedAfter()).isEqualTo("0.00");
            tap.awaitOne(BillSettled.class, event -> event.aggregateId().equals(billed.bill()));
            assertThat(tap.matching(PaymentReceived.class, event -> event.payer().equals("UNIT:" + billed.unit()))).hasSize(1);
        }
        PaymentOrder paid = orders.find(id).orElseThrow();
        assertThat(paid.state()).isEqualTo(PaymentOrder.State.PAID);
        assertThat(paid.transactionId()).isEqualTo(transactionId);
        TestHttp.Response seen = http.get("/api/v1/me/payments/" + id, owner(billed));
        assertThat(JsonPath.<String>read(seen.body(), "$.state")).isEqualTo("PAID");
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String id = order(billed, "{\"unitId\":\"" + billed.unit() + "\",\"provider\":\"WECHAT_PAY\"}");
        stub.pay(id);

        for (WechatPayStub.Notification forged : List.of(stub.signedByAnotherKey(id), stub.ofAnotherSerial(id),
                stub.stale(id), stub.tampered(id))) {
            TestHttp.Response refused = deliver(forged);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }

        assertThat(fixtures().ledger(billed.unit()).lines()).noneMatch(line -> line.kind() == LedgerLine.Kind.PAYMENT);
        assertThat(orders.find(id).orElseThrow().state()).isEqualTo(PaymentOrder.State.CREATED);
    }

    @Test
    void aNotificationOfAnotherAmountIsRefusedAndPostsNothing() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String id = order(billed, "{\"unitId\":\"" + billed.unit() + "\",\"provider\":\"WECHAT_PAY\"}");
        stub.pay(id);

        TestHttp.Response refused = deliver(stub.notificationOfAmount(id, 1));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("amount-mismatch");
        assertThat(fixtures().ledger(billed.unit()).lines()).noneMatch(line -> line.kind() == LedgerLine.Kind.PAYMENT);
        assertThat(orders.find(id).orElseThrow().state()).isEqualTo(PaymentOrder.State.CREATED);
    }

    @Test
    void aLostCallbackIsMadeGoodByTheReconciliationQueryAndALateOnePostsNothingMore() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String water = billed.charges().get(1);
        String id = order(billed, "{\"unitId\":\"" + billed.unit() + "\",\"chargeIds\":[\"" + water + "\"],\"provider\":\"WECHAT_PAY\"}");
        PaymentOrder order = orders.find(id).orElseThrow();
        assertThat(order.amount()).isEqualTo(Money.of("25.00"));
        stub.pay(id);
        orders.update(order, order.version(), Instant.now().minusSeconds(1)); // due for reconciliation now

        reconciliation.runDue();

        assertThat(orders.find(id).orElseThrow().state()).isEqualTo(PaymentOrder.State.PAID);
        Ledger ledger = fixtures().ledger(billed.unit());
        assertThat(ledger.outstanding(water)).isEqualTo(Money.ZERO);
        assertThat(ledger.owed()).as("the property fee is still owed").isEqualTo(Money.of("287.40"));

        assertThat(deliver(stub.notification(id)).status()).isEqualTo(200);
        assertThat(fixtures().ledger(billed.unit()).lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.PAYMENT).hasSize(1);
    }

    @Test
    void anOrderUnpaidPastItsTimeExpiresAndIsClosedAtTheProvider() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String id = "PO" + UUID.randomUUID().toString().replace("-", "").substring(0, 30).toUpperCase();
        Instant created = Instant.now().minus(Duration.ofMinutes(30));
        orders.insert(PaymentOrder.create(id, billed.community(), billed.unit(), "owner-" + billed.unit(), "张伟",
                PaymentMethod.WECHAT_PAY, Money.of("312.40"), List.of(), "1-1-101 物业服务费", created,
                created.plus(Duration.ofMinutes(15))), Instant.now().minusSeconds(1));
        stub.know(id, 31240);

        reconciliation.runDue();

        assertThat(orders.find(id).orElseThrow().state()).isEqualTo(PaymentOrder.State.EXPIRED);
        assertThat(stub.received()).anyMatch(r -> r.pathAndQuery().equals("/v3/pay/transactions/out-trade-no/" + id + "/close"));
    }

    @Test
    void chargesOfAnotherUnitAnswer404AndAnOwnerOfAnotherUnitCannotPay() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        PaymentFixtures.Billed other = fixtures().billedUnit();

        TestHttp.Response foreignCharge = http.post("/api/v1/me/payments", owner(billed),
                "{\"unitId\":\"" + billed.unit() + "\",\"chargeIds\":[\"" + other.charges().getFirst() + "\"]}");
        assertThat(foreignCharge.status()).as(foreignCharge.toString()).isEqualTo(404);
        TestHttp.Response foreignUnit = http.post("/api/v1/me/payments", owner(billed), "{\"unitId\":\"" + other.unit() + "\"}");
        assertThat(foreignUnit.status()).as(foreignUnit.toString()).isEqualTo(404);
        TestHttp.Response foreignBill = http.post("/api/v1/me/payments", owner(billed),
                "{\"unitId\":\"" + billed.unit() + "\",\"billIds\":[\"" + other.bill() + "\"]}");
        assertThat(foreignBill.status()).as(foreignBill.toString()).isEqualTo(404);
    }

    @Test
    void theSandboxPaysThroughTheSameVerification() {
        PaymentFixtures.Billed billed = fixtures().billedUnit();
        String id = order(billed, "{\"unitId\":\"" + billed.unit() + "\",\"billIds\":[\"" + billed.bill() + "\"]}");
        assertThat(orders.find(id).orElseThrow().provider()).as("the default provider").isEqualTo(PaymentMethod.SANDBOX);

        TestHttp.Response paid = http.post("/api/v1/payments/sandbox/" + id + "/pay", owner(billed), "{}");

        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(JsonPath.<String>read(paid.body(), "$.state")).isEqualTo("PAID");
        assertThat(fixtures().ledger(billed.unit()).owed()).isEqualTo(Money.ZERO);
    }
}
