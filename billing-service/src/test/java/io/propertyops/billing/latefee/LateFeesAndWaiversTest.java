package io.propertyops.billing.latefee;

import io.propertyops.billing.latefee.application.LateFeeJob;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerInvariants;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.BillSettled;
import io.propertyops.events.billing.LateFeePosted;
import io.propertyops.events.billing.RefundPaid;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.MovableClock;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late fees posted by the daily job after the grace period (the clock moved), capped, never twice; a waiver asked
 * by finance and approved by a property manager removes one, and settles the bill; refunds and deposits go back
 * only on approval.
 */
@ServiceTest
@MovableClock("2026-12-20T02:00:00Z")
class LateFeesAndWaiversTest {

    @Autowired
    Ledgers ledgers;
    @Autowired
    LateFeeJob job;
    @Autowired
    MutableClock clock;
    @Autowired
    TestHttp http;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    final String community = "c-" + UUID.randomUUID();
    final Payer payer = Payer.unit("u-" + UUID.randomUUID());

    /** Tokens are minted at the moved clock's time, which the service checks them against. */
    String token(String person, String role) {
        TestTokens.useClock(clock);
        return TestTokens.staff(person, role, community).token();
    }

    @AfterAll
    static void tokensAtTheRealTimeAgain() {
        TestTokens.useClock(Clock.systemUTC());
    }

    void charge(String id, String amount, LocalDate dueOn) {
        ledgers.post(payer, community, new Ledgers.Command(ledger -> ledger.charge(id, new LedgerLine.ChargeTerms("pm",
                "物业服务费", "2026-12", "bill-" + id, dueOn), Money.of(amount), clock.instant(), "run"),
                (ledger, posting) -> List.of()));
    }

    void pay(String id, String amount) {
        ledgers.post(payer, community, new Ledgers.Command(ledger -> ledger.pay(id, new LedgerLine.PaymentTerms(
                PaymentMethod.CASH, "b"), Money.of(amount), List.of(), clock.instant(), "cashier"), (l, p) -> List.of()));
    }

    Ledger ledger() {
        return ledgers.find(payer).orElseThrow();
    }

    void policy(String body) {
        assertThat(http.put("/api/v1/late-fee-policies/" + community + "/all", token("pm-1", "PROPERTY_MANAGER"), body).status()).isEqualTo(200);
    }

    @Test
    void aDailyLateFeePostsAfterTheGraceDaysOnceADayAndAWaiverRemovesIt() {
        charge("c1", "1000.00", LocalDate.of(2026, 12, 31));
        policy("{\"graceDays\":5,\"mode\":\"DAILY_RATE\",\"dailyRate\":\"0.0005\",\"capShare\":\"0.3\",\"startsOn\":\"2026-12-01\"}");

        clock.set(Instant.parse("2027-01-05T02:00:00Z")); // within the grace days: nothing
        job.tick();
        assertThat(ledger().lines()).noneMatch(line -> line.kind() == LedgerLine.Kind.LATE_FEE);

        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            clock.set(Instant.parse("2027-01-08T02:00:00Z")); // late from 6 Jan: 6, 7, 8 Jan at 0.50 a day
            job.tick();
            job.tick(); // the same day again: nothing twice
            assertThat(ledger().lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.LATE_FEE)
                    .singleElement().satisfies(line -> assertThat(line.amount()).isEqualTo(Money.of("1.50")));
            LateFeePosted posted = tap.awaitOne(LateFeePosted.class, e -> e.payer().equals(payer.key()));
            assertThat(posted.amount()).isEqualTo("1.50");
            assertThat(posted.principalChargeId()).isEqualTo("c1");
        }

        pay("p1", "400.00"); // on 8 Jan: from 9 Jan the rate runs on 600.00
        clock.set(Instant.parse("2027-01-10T02:00:00Z"));
        job.tick();
        // the payment went to the oldest charge first (c1, not the late fee): 1.50 + 9 and 10 Jan at 0.30 a day
        Money lateFees = ledger().lines().stream().filter(line -> line.kind() == LedgerLine.Kind.LATE_FEE)
                .map(LedgerLine::amount).reduce(Money.ZERO, Money::plus);
        assertThat(lateFees).isEqualTo(Money.of("2.10"));
        assertThat(LedgerInvariants.violations(ledger().lines())).isEmpty();

        String lateFee = ledger().openCharges().stream().filter(open -> open.line().kind() == LedgerLine.Kind.LATE_FEE)
                .findFirst().orElseThrow().line().id();
        Money owedOnIt = ledger().outstanding(lateFee);
        var asked = http.post("/api/v1/ledgers/" + payer.key() + "/waivers", token("fin-1", "FINANCE"),
                "{\"chargeId\":\"" + lateFee + "\",\"amount\":\"" + owedOnIt + "\",\"reason\":\"业主住院，申请减免\"}");
        assertThat(asked.status()).isEqualTo(202);
        String approval = asked.json("$.approvalId");
        assertThat(ledger().outstanding(lateFee)).as("nothing moves before the approval").isEqualTo(owedOnIt);

        assertThat(http.post("/api/v1/approvals/" + approval + "/decision", token("fin-1", "FINANCE"), "{\"approve\":true}").status())
                .as("finance does not decide waivers").isEqualTo(403);
        assertThat(http.post("/api/v1/approvals/" + approval + "/decision", token("pm-1", "PROPERTY_MANAGER"), "{\"approve\":true}").status())
                .isEqualTo(200);
        assertThat(ledger().outstanding(lateFee)).isEqualTo(Money.ZERO);
        assertThat(ledger().lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.WAIVER)
                .singleElement().satisfies(line -> assertThat(line.approvalId()).isEqualTo(approval));
    }

    @Test
    void aOneOffLateFeeIsCappedAndAPaidChargeAccruesNothing() {
        charge("c1", "50.00", LocalDate.of(2026, 12, 25));
        charge("c2", "80.00", LocalDate.of(2026, 12, 25));
        pay("p1", "80.00"); // settles c1 (oldest first: c1 then 30.00 of c2)
        policy("{\"graceDays\":0,\"mode\":\"ONE_OFF\",\"oneOffAmount\":\"20.00\",\"capShare\":\"0.1\",\"startsOn\":\"2026-12-01\"}");

        clock.set(Instant.parse("2027-01-02T02:00:00Z"));
        job.tick();

        assertThat(ledger().lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.LATE_FEE)
                .singleElement().satisfies(line -> {
                    assertThat(line.chargeId()).isEqualTo("c2");
                    assertThat(line.amount()).as("capped at 10% of 80.00").isEqualTo(Money.of("8.00"));
                });
    }

    @Test
    void aRefundAndADepositReturnGoBackOnlyOnApproval() {
        charge("deposit", "2000.00", LocalDate.of(2026, 12, 31));
        pay("p1", "2300.00"); // 300.00 prepaid

        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            var refund = http.post("/api/v1/ledgers/" + payer.key() + "/refunds", token("fin-1", "FINANCE"),
                    "{\"paymentId\":\"p1\",\"amount\":\"300.00\",\"reason\":\"退还预存\"}");
            assertThat(refund.status()).isEqualTo(202);
            assertThat(http.post("/api/v1/ledgers/" + payer.key() + "/refunds", token("fin-1", "FINANCE"),
                    "{\"paymentId\":\"p1\",\"amount\":\"300.01\",\"reason\":\"多退\"}").status()).isEqualTo(422);
            assertThat(http.post("/api/v1/approvals/" + refund.json("$.approvalId") + "/decision", token("pm-1", "PROPERTY_MANAGER"),
                    "{\"approve\":true}").status()).isEqualTo(200);
            assertThat(ledger().prepaid()).isEqualTo(Money.ZERO);
            assertThat(tap.awaitOne(RefundPaid.class, e -> e.payer().equals(payer.key())).amount()).isEqualTo("300.00");

            var deposit = http.post("/api/v1/ledgers/" + payer.key() + "/deposit-returns", token("fin-1", "FINANCE"),
                    "{\"chargeId\":\"deposit\",\"reason\":\"装修验收合格\"}");
            assertThat(http.post("/api/v1/approvals/" + deposit.json("$.approvalId") + "/decision", token("pm-1", "PROPERTY_MANAGER"),
                    "{\"approve\":false,\"note\":\"尚未验收\"}").status()).isEqualTo(200);
            assertThat(ledger().lines()).noneMatch(line -> "deposit returned".equals(line.note()));

            var again = http.post("/api/v1/ledgers/" + payer.key() + "/deposit-returns", token("fin-1", "FINANCE"),
                    "{\"chargeId\":\"deposit\",\"reason\":\"已验收\"}");
            http.post("/api/v1/approvals/" + again.json("$.approvalId") + "/decision", token("pm-1", "PROPERTY_MANAGER"), "{\"approve\":true}");
            assertThat(ledger().outstanding("deposit")).isEqualTo(Money.ZERO);
            assertThat(ledger().lines()).filteredOn(line -> line.kind() == LedgerLine.Kind.REFUND)
                    .extracting(line -> line.amount().toString()).containsExactlyInAnyOrder("300.00", "2000.00");
            assertThat(LedgerInvariants.violations(ledger().lines())).isEmpty();
        }
    }
}
