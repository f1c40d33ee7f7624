package io.propertyops.ticket.workorder.persistence;

import io.propertyops.ticket.workorder.application.OverdueWatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.ticket.sla.domain.Counting;
import io.propertyops.ticket.sla.domain.Deadline;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.sla.domain.Deadlines;
import io.propertyops.ticket.workorder.domain.Actor;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import io.propertyops.ticket.workorder.persistence.WorkOrderRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: a measurement, run on demand ({@code -Dbench.watch=true}), of what the overdue watch and a
 * version-checked write cost on the embedded store (in-memory backend) as open work orders pile up. It prints, and
 * asserts nothing about time. The same file runs against older code, through the repository and the watch only.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "bench.watch", matches = "true")
@TestPropertySource(properties = {"propertyops.ticket.watch.interval=PT1H", "propertyops.outbox.sweep-interval=PT1H",
        "propertyops.ticket.watch.sweep-interval=P2D"})
class WatchCostBench {

    private static final Logger log = LoggerFactory.getLogger(WatchCostBench.class);

    /** A measured figure, in the test's log (its surefire output). */
    private static void report(String format, Object... args) {
        log.info(format.formatted(args).strip());
    }

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-02T02:00:00Z"));
    static final Actor AGENT = new Actor("agent-bench", Set.of("CUSTOMER_SERVICE"));

    @TestConfiguration
    static class MovableClock {
        @Bean
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Autowired
    WorkOrderRepository workOrders;

    @Autowired
    OverdueWatch watch;

    @Autowired
    MongoTemplate mongo;

    int inserted;

    @Test
    void measure() {
        Instant base = CLOCK.instant();
        List<String> sample = new ArrayList<>();
        while (inserted < 1_000) {
            String id = insert(base.plusMillis(500L * inserted), Duration.ofDays(3));
            if (sample.size() < 50) {
                sample.add(id);
            }
        }
        report("version-checked update, 1,000 work orders", sample.subList(0, 25));
        long started = System.nanoTime();
        while (inserted < 99_900) {
            insert(base.plusMillis(500L * inserted), Duration.ofDays(3));
        }
        report("BENCH inserted up to 99,900 in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        Instant last = base.plusMillis(500L * inserted);
        while (inserted < 100_000) {
            insert(last, Duration.ofMinutes(15));
        }
        report("%s", "BENCH work_orders indexes: " + mongo.indexOps("work_orders").getIndexInfo().stream()
                .map(IndexInfo::getName).toList());
        report("version-checked update, 100,000 work orders", sample.subList(25, 50));
        Instant now = last.plus(Duration.ofMinutes(12)).plusSeconds(1);
        CLOCK.set(now);
        long read = System.nanoTime();
        int found = mongo.find(Query.query(Criteria.where("nextAlertAt").lte(now))
                .with(Sort.by("nextAlertAt")).limit(500), Document.class, "work_orders").size();
        report("BENCH the old tick's read (nextAlertAt <= now, a scan) at 100,000 open: %d found in %.1f ms%n",
                found, (System.nanoTime() - read) / 1e6);
        // the watch has been ticking all along: one tick just before, with nothing due, as the one before every tick
        CLOCK.set(now.minusSeconds(40));
        long idle = System.nanoTime();
        int none = watch.scan();
        report("BENCH one watch tick at 100,000 open, %d due: %.1f ms%n", none, (System.nanoTime() - idle) / 1e6);
        CLOCK.set(now);
        long tick = System.nanoTime();
        int watched = watch.scan();
        report("BENCH one watch tick at 100,000 open: %d due work orders found and written in %.1f ms%n",
                watched, (System.nanoTime() - tick) / 1e6);
        long sweep = System.nanoTime();
        watch.sweep(now);
        report("BENCH the safety sweep (hourly) at 100,000 open: %.1f ms%n", (System.nanoTime() - sweep) / 1e6);
        if (mongo.indexOps("work_orders").getIndexInfo().stream().anyMatch(index -> index.getName().equals("id_version"))) {
            mongo.indexOps("work_orders").dropIndex("id_version");
            report("version-checked update, 100,000 work orders, without the {_id, version} index", sample.subList(0, 25));
        }
    }

    /** One open work order submitted at {@code at}, its response due after {@code within}. */
    String insert(Instant at, Duration within) {
        CLOCK.set(at);
        WorkOrderRequest request = new WorkOrderRequest("community-bench", "unit-" + inserted % 500, "owner-bench", "业主",
                null, WorkOrderKind.REPAIR, "plumbing", Urgency.NORMAL, Channel.APP, "水龙头滴水", null, null);
        Deadlines deadlines = new Deadlines(Map.of(DeadlineKind.RESPONSE, new Deadline(at.plus(within), Counting.ELAPSED,
                null)), List.of());
        WorkOrder workOrder = WorkOrder.submit("wo-bench-" + inserted, "WO-B-" + inserted, request, deadlines, CLOCK);
        workOrder.pullEvents(); // nothing for the relay: the measurement is the store's
        workOrders.insert(workOrder, null);
        inserted++;
        return workOrder.id();
    }

    void report(String what, List<String> ids) {
        long total = 0;
        for (String id : ids) {
            WorkOrder workOrder = workOrders.findById(id).orElseThrow();
            workOrder.comment(AGENT, "已电话联系", CLOCK.instant());
            long start = System.nanoTime();
            workOrders.update(workOrder);
            total += System.nanoTime() - start;
        }
        report("BENCH %s: %.2f ms each (mean of %d)%n", what, total / 1e6 / ids.size(), ids.size());
    }
}
