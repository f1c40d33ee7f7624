package io.propertyops.billing.billrun;

import io.propertyops.billing.BillingServiceTest;
import io.propertyops.billing.billrun.application.BillRuns;
import io.propertyops.billing.billrun.domain.BillKeys;
import io.propertyops.billing.billrun.domain.BillRun;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.BillIssued;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.TestHttp;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.propertyops.billing.BillingFixtures.attach;
import static io.propertyops.billing.BillingFixtures.createItem;
import static io.propertyops.billing.BillingFixtures.item;
import static io.propertyops.billing.BillingFixtures.standard;
import static io.propertyops.billing.BillingFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run of 1,200 units (three pages of 500) that dies part-way — once after recording its first page, once after
 * posting its second page but before recording it — and is resumed by starting it again: it completes, its totals
 * are the whole period's, and no charge nor BillIssued is there twice.
 */
class BillRunResumeTest extends BillingServiceTest {

    static final int UNITS = 1_200;

    @Autowired
    MongoTemplate mongo;

    final String community = "community-" + UUID.randomUUID();

    @Test
    void aRunThatDiedIsResumedByStartingItAgainAndPostsNothingTwice() {
        String finance = finance(community);
        Caller cashier = cashier(community);
        for (int i = 0; i < UNITS; i++) {
            unit(units, community, community + "-u" + i, "b" + i % 10, "U" + i, "RESIDENTIAL", "90.00", null);
        }
        String pm = createItem(http, finance, item(community, "PROPERTY_MANAGEMENT", "物业服务费",
                standard("2026-01-01", "FIXED", "100", "MONTHLY", "PREPAID", 2, "HALF_UP")));
        attach(http, finance, pm, "COMMUNITY", community, null, null);
        BillRuns.Request december = new BillRuns.Request(community, "2026-12", List.of());

        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            BillRun first = runs.runNow(cashier, december, 1);
            assertThat(first.status()).isEqualTo(BillRun.Status.RUNNING);
            assertThat(first.tally().bills()).isEqualTo(500);
            assertThat(runs.runNow(cashier, december, 1)).as("still running: its heartbeat is fresh")
                    .extracting(BillRun::version).isEqualTo(first.version());
            Document afterFirstPage = mongo.findById(first.id(), Document.class, "bill_runs");

            clock.advance(Duration.ofMinutes(3));
            BillRun second = runs.runNow(cashier, december, 1);
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(second.tally().bills()).isEqualTo(1_000);
            // as if the second attempt had died after posting its page and before recording it
            mongo.save(afterFirstPage, "bill_runs");

            clock.advance(Duration.ofMinutes(3));
            TestHttp.Response resumed = http.post("/api/v1/bill-runs", finance, """
                    {"communityId": "%s", "period": "2026-12", "dryRun": false}""".formatted(community));
            assertThat(resumed.status()).as("%s", resumed).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(
                    http.get("/api/v1/bill-runs/" + first.id(), finance).json("$.status")));
            TestHttp.Response done = http.get("/api/v1/bill-runs/" + first.id(), finance);
            assertThat((Integer) done.json("$.attempt")).isEqualTo(2);
            assertThat((Integer) done.json("$.bills")).isEqualTo(UNITS);
            assertThat((Integer) done.json("$.postedLines")).as("the first page and the last").isEqualTo(700);
            assertThat((Integer) done.json("$.existingLines")).as("the page posted but not recorded").isEqualTo(500);
            assertThat((String) done.json("$.total")).isEqualTo("120000.00");

            List<Ledger> all = ledgers.inCommunity(community);
            assertThat(all).hasSize(UNITS).allSatisfy(ledger -> assertThat(ledger.lines())
                    .singleElement().satisfies(line -> {
                        assertThat(line.kind()).isEqualTo(LedgerLine.Kind.CHARGE);
                        assertThat(line.amount()).isEqualTo(Money.of("100.00"));
                    }));
            String last = BillKeys.bill(community, "2026-12", all.getLast().payer());
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                tap.awaitOne(BillIssued.class, event -> event.aggregateId().equals(last));
                return tap.matching(BillIssued.class, event -> event.communityId().equals(community)).size() >= UNITS;
            });
            List<BillIssued> issued = tap.matching(BillIssued.class, event -> event.communityId().equals(community));
            assertThat(issued).hasSize(UNITS);
            assertThat(issued.stream().map(BillIssued::aggregateId).collect(Collectors.toSet())).hasSize(UNITS);
            assertThat((Integer) http.get("/api/v1/bills?communityId=" + community + "&size=10", finance).json("$.total"))
                    .isEqualTo(UNITS);
        }
    }
}
