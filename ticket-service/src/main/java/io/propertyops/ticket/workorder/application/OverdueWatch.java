package io.propertyops.ticket.workorder.application;

import io.propertyops.starter.scheduling.LockedJob;
import io.propertyops.ticket.workorder.domain.EscalationPolicy;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Watches deadlines: every {@code interval}, one replica (a ShedLock lock in MongoDB) reads the work orders whose next
 * alert has come — found through their due timers ({@code DueTimers}: buckets by minute read by id, so a tick costs
 * what is due, not what is open, on real MongoDB and on the embedded store alike) — lets each emit its due-soon,
 * overdue and escalation events, and writes them back in one bulk of version-checked updates. Each work order
 * records which alerts it emitted in the same write as the events, so even two ticks racing (a lock that expired)
 * emit each alert once. Every {@code sweep-interval}, and at its first tick, a safety sweep re-adds the timer of every
 * work order that is due (on the embedded store it reads all work orders, hence seldom). Each tick is timed
 * ({@code propertyops.ticket.watch.scan}), so its cost can be watched as work orders pile up.
 */
@Component
public class OverdueWatch extends LockedJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

    private final WorkOrders workOrders;
    private final WatchProperties properties;
    private final EscalationPolicy policy;
    private final Clock clock;
    private final Timer scans;
    private volatile Instant lastSweep;

    OverdueWatch(WorkOrders workOrders, WatchProperties properties, Clock clock, MongoTemplate mongo,
                 MeterRegistry meters) {
        super("overdue-watch", properties.interval(), properties.lockAtMostFor(), mongo);
        this.workOrders = workOrders;
        this.properties = properties;
        this.policy = properties.policy();
        this.clock = clock;
        this.scans = Timer.builder("propertyops.ticket.watch.scan")
                .description("One overdue-watch tick: reading the due work orders and emitting their alerts")
                .register(meters);
    }

    @Override
    protected void run() {
        scan();
    }

    /** @return how many work orders it watched */
    public int scan() {
        return scans.record(this::scanDue);
    }

    private int scanDue() {
        Instant now = clock.instant();
        if (lastSweep == null || now.isBefore(lastSweep) || !now.isBefore(lastSweep.plus(properties.sweepInterval()))) {
            sweep(now);
        }
        WorkOrders.DueForAlert due = workOrders.findDueForAlert(now, properties.batch());
        for (WorkOrder workOrder : due.workOrders()) {
            workOrder.watch(now, policy);
        }
        workOrders.saveWatched(due, now);
        return due.workOrders().size();
    }

    /** Re-adds the timers of every due work order: the safety net under the timers. */
    public int sweep(Instant now) {
        lastSweep = now;
        int added = workOrders.sweepDueTimers(now);
        if (added > 0) {
            log.info("Overdue watch sweep found {} due work orders and set their timers", added);
        }
        return added;
    }
}
