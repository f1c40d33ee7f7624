package io.propertyops.billing.billrun;

import io.propertyops.billing.BillingServiceTest;
import io.propertyops.billing.billrun.application.BillRuns;
import io.propertyops.billing.billrun.domain.BillKeys;
import io.propertyops.billing.billrun.domain.BillRun;
import io.propertyops.billing.fee.application.Consumptions;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.BillIssued;
import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.propertyops.billing.BillingFixtures.attach;
import static io.propertyops.billing.BillingFixtures.createItem;
import static io.propertyops.billing.BillingFixtures.item;
import static io.propertyops.billing.BillingFixtures.postIfMatch;
import static io.propertyops.billing.BillingFixtures.standard;
import static io.propertyops.billing.BillingFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bill runs over a small community: the dry run's totals and that it writes nothing, the real run's one bill per
 * payer announced once, a run again that posts nothing, each formula through a run, a standard changed from a date,
 * metered consumption, and the problems of periods that do not fit.
 */
class BillRunsTest extends BillingServiceTest {

    @Autowired
    Consumptions consumptions;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final String community = "community-" + UUID.randomUUID();
    final String u1 = community + "-u1";
    final String u2 = community + "-u2";
    final String u3 = community + "-u3";
    final String p1 = community + "-p1";
    String finance;
    Caller cashier;

    @BeforeEach
    void estate() {
        finance = finance(community);
        cashier = cashier(community);
        unit(units, community, u1, "b1", "1-1-101", "RESIDENTIAL", "89.53", "70.00");
        unit(units, community, u2, "b1", "1-1-102", "RESIDENTIAL", "120.00", null);
        unit(units, community, u3, "b2", "2-1-101", "SHOP", "0.00", null);
        unit(units, community, p1, "b2", "P-001", "PARKING", "12.50", null);
    }

    String monthly(String kind, String name, String formula, String price) {
        return createItem(http, finance, item(community, kind, name,
                standard("2026-01-01", formula, price, "MONTHLY", "PREPAID", 2, "HALF_UP")));
    }

    TestHttp.Response post(String period, boolean dryRun, String... items) {
        String chosen = items.length == 0 ? "" : ", \"feeItemIds\": [\"" + String.join("\", \"", items) + "\"]";
        return http.post("/api/v1/bill-runs", finance, """
                {"communityId": "%s", "period": "%s", "dryRun": %s%s}""".formatted(community, period, dryRun, chosen));
    }

    TestHttp.Response awaitDone(String runId, int attempt) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            TestHttp.Response run = http.get("/api/v1/bill-runs/" + runId, finance);
            return "DONE".equals(run.json("$.status")) && (int) run.json("$.attempt") == attempt;
        });
        return http.get("/api/v1/bill-runs/" + runId, finance);
    }

    List<LedgerLine> charges(Payer payer) {
        return ledgers.find(payer).map(Ledger::lines).orElse(List.of()).stream()
                .filter(line -> line.kind() == LedgerLine.Kind.CHARGE).toList();
    }

    @Test
    void aDryRunWritesNothingAndARealRunPostsOneBillPerPayerOnceEvenRunTwice() {
        String pm = monthly("PROPERTY_MANAGEMENT", "物业服务费", "BUILDING_AREA", "2.35");
        attach(http, finance, pm, "COMMUNITY", community, null, null);
        String parking = monthly("PARKING", "车位管理费", "PER_PARKING_SPACE", "150");
        attach(http, finance, parking, "UNIT_TYPE", "PARKING", null, null);
        attach(http, finance, parking, "PARKING_SPACE", "space-7", "person-li", null);
        attach(http, finance, parking, "PARKING_SPACE", "space-8", "person-li", null);
        String deposit = createItem(http, finance, item(community, "DEPOSIT", "装修押金",
                standard("2026-01-01", "STATED", null, "ONCE", "PREPAID", 2, "HALF_UP")));
        attach(http, finance, deposit, "PERSON", "person-wang", null, "2000.00");

        TestHttp.Response dry = post("2026-12", true);
        assertThat(dry.status()).as("%s", dry).isEqualTo(200);
        assertThat((String) dry.json("$.status")).isEqualTo("DRY_RUN");
        assertThat((Integer) dry.json("$.bills")).isEqualTo(5);
        assertThat((Integer) dry.json("$.lines")).isEqualTo(6);
        // 210.40 (89.53 m²) + 282.00 (120 m²) + 29.38 (12.50 m²) + 150.00 (P-001) + 300.00 (two spaces) + 2000.00
        assertThat((String) dry.json("$.total")).isEqualTo("2971.78");
        assertThat(dry.<List<String>>json("$.byItem[?(@.key == '" + pm + "')].total")).containsExactly("521.78");
        assertThat(dry.<List<String>>json("$.byItem[?(@.key == '" + parking + "')].total")).containsExactly("450.00");
        assertThat(dry.<List<String>>json("$.byBuilding[?(@.key == 'b1')].total")).containsExactly("492.40");
        assertThat(dry.<List<String>>json("$.byBuilding[?(@.key == 'b2')].total")).containsExactly("179.38");
        assertThat(dry.<List<String>>json("$.byBuilding[?(@.key == '-')].total")).containsExactly("2300.00");
        assertThat((Integer) dry.json("$.skipped")).isEqualTo(1);
        assertThat(dry.<List<String>>json("$.skippedSamples[*].payer")).containsExactly("UNIT:" + u3);
        assertThat(dry.<List<String>>json("$.skippedByReason[*].reason")).containsExactly("unit has no area");

        assertThat(ledgers.inCommunity(community)).as("a dry run posts nothing").isEmpty();
        assertThat((Integer) http.get("/api/v1/bills?communityId=" + community, finance).json("$.total")).isZero();
        assertThat(http.get("/api/v1/bill-runs?communityId=" + community, finance).<List<?>>json("$")).isEmpty();
        assertThat(http.get("/api/v1/fee-items/" + pm, finance).<List<Boolean>>json("$.standards[*].billed")).containsExactly(false);

        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            TestHttp.Response started = post("2026-12", false);
            assertThat(started.status()).as("%s", started).isEqualTo(202);
            String runId = started.json("$.id");
            assertThat(started.header("Location")).isEqualTo("/api/v1/bill-runs/" + runId);
            TestHttp.Response done = awaitDone(runId, 1);
            assertThat((Integer) done.json("$.bills")).isEqualTo(5);
            assertThat((Integer) done.json("$.postedLines")).isEqualTo(6);
            assertThat((Integer) done.json("$.existingLines")).isZero();
            assertThat((String) done.json("$.total")).isEqualTo("2971.78");

            BillIssued issued = tap.awaitOne(BillIssued.class, event -> event.payer().equals("UNIT:" + u1));
            assertThat(issued.unitId()).isEqualTo(u1);
            assertThat(issued.period()).isEqualTo("2026-12");
            assertThat(issued.total()).isEqualTo("210.40");
            assertThat(issued.dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(issued.lines()).singleElement().satisfies(line -> assertThat(line.feeName()).isEqualTo("物业服务费"));
            BillIssued person = tap.awaitOne(BillIssued.class, event -> event.payer().equals("PERSON:person-li"));
            assertThat(person.unitId()).isNull();
            assertThat(person.total()).isEqualTo("300.00");
            for (String payer : List.of("UNIT:" + u2, "UNIT:" + p1, "PERSON:person-wang")) {
                tap.awaitOne(BillIssued.class, event -> event.payer().equals(payer)); // one each
            }
            assertThat(charges(Payer.unit(p1))).extracting(line -> line.amount().toString())
                    .containsExactlyInAnyOrder("29.38", "150.00");

            TestHttp.Response bills = http.get("/api/v1/bills?communityId=" + community + "&period=2026-12", finance);
            assertThat((Integer) bills.json("$.total")).isEqualTo(5);
            TestHttp.Response ofU1 = http.get("/api/v1/bills?communityId=" + community + "&unitId=" + u1, finance);
            assertThat(ofU1.<List<String>>json("$.bills[*].owed")).containsExactly("210.40");
            assertThat(ofU1.<List<String>>json("$.bills[*].status")).containsExactly("UNPAID");
            String billId = ofU1.<List<String>>json("$.bills[*].id").getFirst();
            assertThat((String) http.get("/api/v1/bills/" + billId, finance).json("$.unitNumber")).isEqualTo("1-1-101");
            assertThat(http.get("/api/v1/fee-items/" + pm, finance).<List<Boolean>>json("$.standards[*].billed")).containsExactly(true);

            TestHttp.Response again = post("2026-12", false);
            assertThat(again.status()).as("a finished run is run again").isEqualTo(202);
            TestHttp.Response twice = awaitDone(runId, 2);
            assertThat((Integer) twice.json("$.postedLines")).isZero();
            assertThat((Integer) twice.json("$.existingLines")).isEqualTo(6);
            assertThat((String) twice.json("$.total")).isEqualTo("2971.78");
            assertThat(charges(Payer.unit(u1))).hasSize(1);
            assertThat(charges(new Payer(Payer.Kind.PERSON, "person-li"))).hasSize(1);
            assertThat(ledgers.inCommunity(community)).flatExtracting(Ledger::lines).hasSize(6);
            assertThat(tap.matching(BillIssued.class, event -> event.communityId().equals(community))).hasSize(5);

            BillRun january = runs.runNow(cashier, new BillRuns.Request(community, "2027-01", List.of()), Integer.MAX_VALUE);
            assertThat(january.tally().byItem()).as("a deposit is charged once, whatever the period")
                    .containsOnlyKeys(pm, parking);
            assertThat(charges(new Payer(Payer.Kind.PERSON, "person-wang"))).hasSize(1);
            assertThat(issued.lines().getFirst().chargeId()).as("the charge of (community, period, item, payer)")
                    .isEqualTo(BillKeys.charge(community, "2026-12", pm, Payer.unit(u1)));
        }
    }

    @Test
    void aStandardChangedFromADateBillsTheOldPriceBeforeAndTheNewAfter() {
        String pm = monthly("PROPERTY_MANAGEMENT", "物业服务费", "BUILDING_AREA", "2.00");
        assertThat(postIfMatch(http, "/api/v1/fee-items/" + pm + "/standards", finance,
                standard("2027-01-01", "BUILDING_AREA", "2.50", "MONTHLY", "PREPAID", 2, "HALF_UP"), "\"1\"").status())
                .isEqualTo(200);
        attach(http, finance, pm, "UNIT", u1, null, null);

        runs.runNow(cashier, new BillRuns.Request(community, "2026-12", List.of(pm)), Integer.MAX_VALUE);
        runs.runNow(cashier, new BillRuns.Request(community, "2027-01", List.of(pm)), Integer.MAX_VALUE);

        assertThat(charges(Payer.unit(u1))).extracting(line -> line.charge().period() + " " + line.amount())
                .containsExactlyInAnyOrder("2026-12 179.06", "2027-01 223.83"); // 89.53 × 2.00; 89.53 × 2.50 = 223.825
        assertThat(postIfMatch(http, "/api/v1/fee-items/" + pm + "/standards", finance,
                standard("2027-01-01", "BUILDING_AREA", "9.99", "MONTHLY", "PREPAID", 2, "HALF_UP"), null)
                .<String>json("$.code")).isEqualTo("standard-billed");
        assertThat(postIfMatch(http, "/api/v1/fee-items/" + pm + "/standards", finance,
                standard("2026-12-15", "BUILDING_AREA", "9.99", "MONTHLY", "PREPAID", 2, "HALF_UP"), null)
                .<String>json("$.code")).isEqualTo("period-billed");
    }

    @Test
    void eachFormulaAndRoundingThroughARun() {
        String interior = createItem(http, finance, item(community, "OTHER", "二次供水费",
                standard("2026-01-01", "INTERIOR_AREA", "0.35", "QUARTERLY", "PREPAID", 1, "UP")));
        attach(http, finance, interior, "BUILDING", "b1", null, null);
        String fixed = createItem(http, finance, item(community, "OTHER", "垃圾清运费",
                standard("2026-01-01", "FIXED", "12.333", "QUARTERLY", "PREPAID", 0, "DOWN")));
        attach(http, finance, fixed, "UNIT", u2, null, null);

        BillRun q4 = runs.runNow(cashier, new BillRuns.Request(community, "2026-Q4", List.of()), Integer.MAX_VALUE);

        // u1: 0.35 × 70.00 × 3 = 73.5 (scale 1, UP); u2 has no interior area; u2: 12.333 × 3 = 36.999 → 36 (scale 0, DOWN)
        assertThat(charges(Payer.unit(u1))).extracting(line -> line.amount().toString()).containsExactly("73.50");
        assertThat(charges(Payer.unit(u2))).extracting(line -> line.amount().toString()).containsExactly("36.00");
        assertThat(charges(Payer.unit(u1)).getFirst().dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(q4.skippedByReason()).containsEntry("unit has no interior area", 1L);
        assertThat(q4.tally().total()).isEqualTo(Money.of("109.50"));
    }

    @Test
    void meteredFeesBillTheNewestApprovedConsumptionAfterTheMonth() throws Exception {
        String water = createItem(http, finance, item(community, "WATER", "水费",
                standard("2026-01-01", "METERED", "3.50", "MONTHLY", "POSTPAID", 2, "HALF_UP")));
        attach(http, finance, water, "BUILDING", "b1", null, null);
        String key = community + ":2026-11:" + u1 + ":WATER";
        EventPublishing.publish(kafka, consumption(key, u1, "12.345", 1), consumption(key, u1, "15.000", 2),
                consumption(key, u1, "13.000", 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> consumptions.find(List.of(key)).containsKey(key)
                && consumptions.find(List.of(key)).get(key).version() == 2);

        BillRun november = runs.runNow(cashier, new BillRuns.Request(community, "2026-11", List.of(water)), Integer.MAX_VALUE);

        assertThat(charges(Payer.unit(u1))).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.of("52.50")); // 15.000 m³ × 3.50, the newest version
            assertThat(line.dueOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        });
        assertThat(november.skippedByReason()).containsExactly(Map.entry("metered item without approved consumption", 1L));
        assertThat((String) post("2026-12", true, water).json("$.code")).as("December is not over")
                .isEqualTo("period-not-ended");
    }

    ConsumptionApproved consumption(String key, String unitId, String quantity, long version) {
        return new ConsumptionApproved(UUID.randomUUID().toString(), key, Instant.parse("2026-12-01T01:00:00Z"), community,
                unitId, "WATER", "2026-11", new BigDecimal(quantity), "m3", new BigDecimal(quantity), BigDecimal.ZERO,
                List.of(), version);
    }

    @Test
    void periodsThatDoNotFitAreProblemsAndLeftOutOfARunOfAllItems() {
        assertThat((String) post("2026-12", true).json("$.code")).isEqualTo("nothing-to-bill");
        String quarterly = createItem(http, finance, item(community, "OTHER", "电梯费",
                standard("2026-01-01", "FIXED", "20", "QUARTERLY", "PREPAID", 2, "HALF_UP")));
        String later = createItem(http, finance, item(community, "OTHER", "新收费",
                standard("2027-01-01", "FIXED", "20", "MONTHLY", "PREPAID", 2, "HALF_UP")));
        String monthly = monthly("OTHER", "公共照明费", "FIXED", "5");
        attach(http, finance, monthly, "COMMUNITY", community, null, null);

        TestHttp.Response mismatch = post("2026-12", true, quarterly);
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat((String) mismatch.json("$.code")).isEqualTo("period-not-in-cycle");
        assertThat((String) post("2026-12", false, later).json("$.code")).isEqualTo("standard-not-in-force");
        assertThat((String) post("2026-12", true, "no-such-item").json("$.code")).isEqualTo("unknown-fee-item");
        assertThat(post("2026-13", true).status()).isEqualTo(400);
        assertThat(post("2026-Q5", true).status()).isEqualTo(400);

        TestHttp.Response all = post("2026-12", true);
        assertThat(all.<List<String>>json("$.feeItemIds")).containsExactly(monthly);
        assertThat(all.<List<String>>json("$.leftOut[*].problem"))
                .containsExactlyInAnyOrder("period-not-in-cycle", "standard-not-in-force");
        assertThat((String) all.json("$.total")).isEqualTo("20.00");
        assertThat(ledgers.inCommunity(community)).isEmpty();
    }
}
