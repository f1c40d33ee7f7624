package io.propertyops.billing.ledger;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerInvariants;
import io.propertyops.billing.ledger.domain.LedgerLine.ChargeTerms;
import io.propertyops.billing.ledger.domain.LedgerLine.PaymentTerms;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.PaymentReceived;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledgers on the embedded MongoDB: writers racing on one ledger each read again and post once, a bulk posting
 * over many ledgers posts every one, and the events of a posting leave through the outbox.
 */
@ServiceTest
class LedgersTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired
    Ledgers ledgers;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    TestHttp http;

    final String community = "c-" + UUID.randomUUID();

    static Ledgers.Command charge(String id, String amount) {
        return new Ledgers.Command(ledger -> ledger.charge(id, new ChargeTerms("pm", "物业服务费", "2026-12", "bill-1",
                LocalDate.of(2026, 12, 31)), Money.of(amount), AT, "run"), (ledger, posting) -> List.of());
    }

    static Ledgers.Command pay(String id, String amount) {
        return new Ledgers.Command(ledger -> ledger.pay(id, new PaymentTerms(PaymentMethod.CASH, "batch-1"),
                Money.of(amount), List.of(), AT, "cashier"), (ledger, posting) -> List.of());
    }

    @Test
    void racingPaymentsOnOneLedgerArePostedOnceEachAndNeverOverAllocate() throws Exception {
        Payer payer = Payer.unit("u-" + UUID.randomUUID());
        ledgers.post(payer, community, charge("c1", "1000.00"));

        List<Callable<Ledger.Posting>> payments = IntStream.range(0, 12)
                .mapToObj(i -> (Callable<Ledger.Posting>) () -> ledgers.post(payer, community, pay("p" + (i % 6), "150.00")))
                .toList();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var future : pool.invokeAll(payments)) {
                future.get();
            }
        }

        Ledger ledger = ledgers.find(payer).orElseThrow();
        assertThat(LedgerInvariants.violations(ledger.lines())).isEmpty();
        assertThat(ledger.lines()).filteredOn(line -> line.kind().name().equals("PAYMENT")).hasSize(6);
        assertThat(ledger.owed()).isEqualTo(Money.of("100.00"));
        assertThat(ledger.prepaid()).isEqualTo(Money.ZERO);
    }

    @Test
    void aBulkPostingPostsEveryLedgerAndARepeatPostsNothing() {
        Map<Payer, Ledgers.Command> commands = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            commands.put(Payer.unit("bulk-" + i + "-" + community), charge("bill-1:pm", "312.40"));
        }
        Payer existing = commands.keySet().iterator().next();
        ledgers.post(existing, community, pay("early", "20.00"));

        assertThat(ledgers.postAll(community, commands)).hasSize(500)
                .allSatisfy((payer, posting) -> assertThat(posting.changed()).isTrue());
        assertThat(ledgers.inCommunity(community)).hasSize(500)
                .allSatisfy(ledger -> assertThat(ledger.lines()).anyMatch(line -> line.id().equals("bill-1:pm")));
        assertThat(ledgers.find(existing).orElseThrow().owed()).isEqualTo(Money.of("312.40"));

        assertThat(ledgers.postAll(community, commands))
                .allSatisfy((payer, posting) -> assertThat(posting.changed()).isFalse());
    }

    @Test
    void anOwnerReadsTheirUnitsLedgerWithItsBalancesOnADay() {
        Payer payer = Payer.unit("u-" + UUID.randomUUID());
        ledgers.post(payer, community, charge("c1", "300.00"));
        ledgers.post(payer, community, pay("p1", "120.00"));
        String owner = TestTokens.owner("owner-1", community, payer.id()).token();

        TestHttp.Response before = http.get("/api/v1/ledgers/" + payer.key() + "?asOf=2026-12-31", owner);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.<String>json("$.owed")).isEqualTo("180.00");
        assertThat(before.<String>json("$.overdue")).isEqualTo("0.00");
        assertThat(before.<Integer>json("$.lines.length()")).isEqualTo(3);

        TestHttp.Response after = http.get("/api/v1/ledgers/" + payer.key() + "?asOf=2027-01-01", owner);
        assertThat(after.<String>json("$.overdue")).isEqualTo("180.00");
        assertThat(after.<Boolean>json("$.openCharges[0].overdue")).isTrue();
        assertThat(http.get("/api/v1/ledgers/UNIT:someone-else", owner).status()).isEqualTo(404);

        TestHttp.Response dayBefore = http.get("/api/v1/ledgers/" + payer.key() + "?asOf=2026-11-30", owner);
        assertThat(dayBefore.<String>json("$.owed")).as("nothing was posted by then").isEqualTo("0.00");
        assertThat(dayBefore.<Integer>json("$.lines.length()")).isZero();
    }

    @Test
    void anOwnerSeesTheBillsOfTheirUnitsOnly() {
        Payer mine = Payer.unit("u-" + UUID.randomUUID());
        Payer theirs = Payer.unit("u-" + UUID.randomUUID());
        ledgers.post(mine, community, charge("bill-9:pm", "300.00"));
        ledgers.post(mine, community, new Ledgers.Command(ledger -> ledger.charge("bill-9:water", new ChargeTerms("water",
                "水费", "2026-12", "bill-9", LocalDate.of(2026, 12, 31)), Money.of("12.40"), AT, "run"), (l, p) -> List.of()));
        ledgers.post(mine, community, pay("p1", "100.00"));
        ledgers.post(theirs, community, charge("bill-10:pm", "999.00"));
        String owner = TestTokens.owner("owner-2", community, mine.id()).token();

        TestHttp.Response bills = http.get("/api/v1/me/bills", owner);

        assertThat(bills.status()).isEqualTo(200);
        assertThat(bills.<List<String>>json("$[*].billId")).containsExactly("bill-1", "bill-9");
        assertThat(bills.<List<String>>json("$[?(@.billId == 'bill-9')].total")).containsExactly("12.40");
        assertThat(bills.<List<String>>json("$[?(@.billId == 'bill-9')].status")).containsExactly("UNPAID");
        assertThat(bills.<List<String>>json("$[?(@.billId == 'bill-1')].outstanding")).containsExactly("200.00");
        assertThat(bills.<List<String>>json("$[?(@.billId == 'bill-1')].status")).containsExactly("PARTLY_PAID");
        assertThat(http.get("/api/v1/me/ledgers", owner).<String>json("$[0].owed")).isEqualTo("212.40");
    }

    @Test
    void theEventsOfAPostingArePublished() {
        Payer payer = Payer.unit("u-" + UUID.randomUUID());
        String paymentId = "pay-" + UUID.randomUUID();
        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            ledgers.post(payer, community, new Ledgers.Command(
                ledger -> ledger.pay(paymentId, new PaymentTerms(PaymentMethod.CASH, "b"), Money.of("8.00"), List.of(),
                        AT, "cashier"),
                (ledger, posting) -> List.of(new PaymentReceived(UUID.randomUUID().toString(), paymentId, AT, community,
                        payer.key(), payer.id(), "8.00", "CASH", null, "0.00", "8.00", "0.00"))));

            assertThat(tap.awaitOne(PaymentReceived.class, event -> event.aggregateId().equals(paymentId)).prepaid())
                    .isEqualTo("8.00");
        }
    }
}
