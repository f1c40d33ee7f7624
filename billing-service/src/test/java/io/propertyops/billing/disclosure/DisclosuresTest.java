package io.propertyops.billing.disclosure;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.DisclosurePublished;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month's disclosure: entered by finance, published by a manager who did not enter it with the month's fee income
 * frozen, never changed after; a correction is a new version that says what changed; owners see what is published.
 */
@ServiceTest
class DisclosuresTest {

    @Autowired
    Ledgers ledgers;
    @Autowired
    TestHttp http;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    final String community = "c-" + UUID.randomUUID();
    final String finance = TestTokens.staff("fin-1", "FINANCE", community).token();
    final String manager = TestTokens.staff("pm-1", "PROPERTY_MANAGER", community).token();

    @Test
    void publishedByAnotherPersonFrozenAndCorrectedByANewVersion() {
        Payer unit = Payer.unit("u-" + UUID.randomUUID());
        Instant november = Instant.parse("2026-11-10T02:00:00Z");
        ledgers.post(unit, community, new Ledgers.Command(ledger -> ledger.charge("c1", new LedgerLine.ChargeTerms("pm",
                "物业服务费", "2026-11", "b1", LocalDate.of(2026, 11, 30)), Money.of("400.00"), november, "run"), (l, p) -> List.of()));
        ledgers.post(unit, community, new Ledgers.Command(ledger -> ledger.pay("p1", new LedgerLine.PaymentTerms(
                PaymentMethod.CASH, "b"), Money.of("300.00"), List.of(), november, "cashier"), (l, p) -> List.of()));

        var draft = http.post("/api/v1/disclosures", finance, "{\"communityId\":\"" + community + "\",\"month\":\"2026-11\"}");
        assertThat(draft.status()).isEqualTo(200);
        String id = draft.json("$.id");
        assertThat(draft.<Integer>json("$.revision")).as("the draft as stored").isEqualTo(1);
        var edited = http.put("/api/v1/disclosures/" + id, finance, "{\"expenses\":[{\"category\":\"绿化养护\",\"amount\":\"86.00\"}],"
                + "\"commonIncome\":[{\"category\":\"停车场\",\"amount\":\"1240.00\"}]}", "If-Match", draft.header("ETag"));
        assertThat(edited.status()).as("an edit sends back the ETag the draft was started with").isEqualTo(200);
        assertThat(http.post("/api/v1/disclosures/" + id + "/publish", finance, "").status()).as("finance does not publish")
                .isEqualTo(403);
        String editingManager = TestTokens.staff("fin-1", "PROPERTY_MANAGER", community).token();
        assertThat(http.post("/api/v1/disclosures/" + id + "/publish", editingManager, "").<String>json("$.code"))
                .isEqualTo("own-edit");

        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            var published = http.post("/api/v1/disclosures/" + id + "/publish", manager, "");
            assertThat(published.status()).isEqualTo(200);
            assertThat(published.<String>json("$.feeIncome[0].collected")).isEqualTo("300.00");
            assertThat(published.<String>json("$.collectionRate")).isEqualTo("0.7500");
            assertThat(published.<String>json("$.totalIncome")).isEqualTo("1540.00");
            assertThat(tap.awaitOne(DisclosurePublished.class, e -> e.aggregateId().equals(id)).version()).isEqualTo(1);
        }
        assertThat(http.put("/api/v1/disclosures/" + id, finance, "{\"expenses\":[],\"commonIncome\":[]}").<String>json("$.code"))
                .isEqualTo("published");

        var correction = http.post("/api/v1/disclosures", finance, "{\"communityId\":\"" + community + "\",\"month\":\"2026-11\"}");
        assertThat(correction.<Integer>json("$.version")).isEqualTo(2);
        assertThat(correction.<String>json("$.expenses[0].category")).isEqualTo("绿化养护");
        String second = correction.json("$.id");
        assertThat(http.post("/api/v1/disclosures/" + second + "/publish", manager, "").<String>json("$.code"))
                .as("a correction says what changed").isIn("changes-required", "own-edit");
        http.put("/api/v1/disclosures/" + second, finance, "{\"expenses\":[{\"category\":\"绿化养护\",\"amount\":\"96.00\"}],"
                + "\"commonIncome\":[],\"changes\":\"绿化养护费由 86.00 更正为 96.00\"}");
        assertThat(http.post("/api/v1/disclosures/" + second + "/publish", manager, "").status()).isEqualTo(200);

        String owner = TestTokens.owner("owner-1", community, unit.id()).token();
        TestHttp.Response mine = http.get("/api/v1/me/disclosures", owner);
        assertThat(mine.<List<Integer>>json("$[*].version")).containsExactly(2, 1);
        assertThat(mine.<String>json("$[0].changes")).isEqualTo("绿化养护费由 86.00 更正为 96.00");
    }
}
