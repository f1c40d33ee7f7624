package io.propertyops.billing.billrun;

import io.propertyops.billing.BillingServiceTest;
import io.propertyops.billing.billrun.application.BillRuns;
import io.propertyops.billing.billrun.domain.BillRun;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import static io.propertyops.billing.BillingFixtures.attach;
import static io.propertyops.billing.BillingFixtures.createItem;
import static io.propertyops.billing.BillingFixtures.item;
import static io.propertyops.billing.BillingFixtures.standard;
import static io.propertyops.billing.BillingFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bill run of a community of {@code billing.scale.units} units (default {@value #DEFAULT_UNITS}), two fee items
 * each, once: the dry run and the run are timed and printed (not asserted: the machine is shared), their counts and
 * totals asserted. The bench measures 10,000 units through the gateway.
 */
class BillRunScaleTest extends BillingServiceTest {

    static final int DEFAULT_UNITS = 10_000;

    final String community = "community-" + UUID.randomUUID();

    @Test
    void aRunOfManyUnitsBillsEachOnceWithinMemory() {
        int count = Integer.getInteger("billing.scale.units", DEFAULT_UNITS);
        String finance = finance(community);
        Caller cashier = cashier(community);
        long seeding = System.nanoTime();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            BigDecimal area = new BigDecimal("60.00").add(BigDecimal.valueOf(i % 100, 1)); // 60.0 … 69.9 m²
            unit(units, community, community + "-u" + i, "b" + i / 500, "U" + i, "RESIDENTIAL", area.toPlainString(), null);
            expected = expected.add(area.multiply(new BigDecimal("2.35")).setScale(2, RoundingMode.HALF_UP));
        }
        seeding = System.nanoTime() - seeding;
        String pm = createItem(http, finance, item(community, "PROPERTY_MANAGEMENT", "物业服务费",
                standard("2026-01-01", "BUILDING_AREA", "2.35", "MONTHLY", "PREPAID", 2, "HALF_UP")));
        attach(http, finance, pm, "COMMUNITY", community, null, null);
        String garbage = createItem(http, finance, item(community, "OTHER", "垃圾清运费",
                standard("2026-01-01", "FIXED", "15", "MONTHLY", "PREPAID", 2, "HALF_UP")));
        attach(http, finance, garbage, "COMMUNITY", community, null, null);
        Money total = new Money(expected.add(new BigDecimal("15.00").multiply(BigDecimal.valueOf(count))));
        Runtime runtime = Runtime.getRuntime();

        long dryStart = System.nanoTime();
        BillRun dry = runs.dryRun(cashier, new BillRuns.Request(community, "2026-12", List.of()));
        long dryNanos = System.nanoTime() - dryStart;
        long runStart = System.nanoTime();
        BillRun run = runs.runNow(cashier, new BillRuns.Request(community, "2026-12", List.of()), Integer.MAX_VALUE);
        long real = System.nanoTime() - runStart;
        long againStart = System.nanoTime();
        BillRun again = runs.runNow(cashier, new BillRuns.Request(community, "2026-12", List.of()), Integer.MAX_VALUE);
        long rerun = System.nanoTime() - againStart;
        System.out.printf("bill run of %,d units (%,d lines): units seeded in %.1f s; dry run %.2f s; run %.2f s; "
                        + "run again (posting nothing) %.2f s; heap used after %d MB of %d MB%n", count, 2L * count,
                seeding / 1e9, dryNanos / 1e9, real / 1e9, rerun / 1e9,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);

        assertThat(dry.tally().bills()).isEqualTo(count);
        assertThat(dry.tally().total()).isEqualTo(total);
        assertThat(run.status()).isEqualTo(BillRun.Status.DONE);
        assertThat(run.tally().bills()).isEqualTo(count);
        assertThat(run.tally().lines()).isEqualTo(2L * count);
        assertThat(run.tally().posted()).isEqualTo(2L * count);
        assertThat(run.tally().total()).isEqualTo(total);
        assertThat(run.tally().byBuilding()).hasSize((count + 499) / 500);
        assertThat(again.tally().posted()).isZero();
        assertThat(again.tally().existing()).isEqualTo(2L * count);
        assertThat(again.tally().total()).isEqualTo(total);
        TestHttp.Response page = http.get("/api/v1/bills?communityId=" + community + "&period=2026-12&page=3&size=100", finance);
        assertThat((Integer) page.json("$.total")).isEqualTo(count);
        assertThat(page.<List<?>>json("$.bills")).hasSize(100);
    }
}
