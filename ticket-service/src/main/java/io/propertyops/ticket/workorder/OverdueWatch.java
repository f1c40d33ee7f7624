package io.propertyops.ticket.workorder;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.scheduling.LockedJob;
import io.propertyops.ticket.workorder.domain.EscalationPolicy;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.workorder.persistence.WorkOrderRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Watches deadlines: every few seconds, one replica (a ShedLock lock in MongoDB) reads the work orders whose
 * {@code nextAlertAt} has come — an indexed field, so a scan costs what is due, not what is open — and lets each
 * emit its due-soon, overdue and escalation events. Each work order records which alerts it emitted in the same
 * version-checked write as the events, so even two scans racing (a lock that expired) emit each alert once.
 * Each scan is timed ({@code propertyops.ticket.watch.scan}), so its cost can be watched as work orders pile up.
 */
@Component
class OverdueWatch extends LockedJob {

    private final WorkOrderRepository workOrders;
    private final WatchProperties properties;
    private final EscalationPolicy policy;
    private final Clock clock;
    private final Timer scans;

    OverdueWatch(WorkOrderRepository workOrders, WatchProperties properties, Clock clock, MongoTemplate mongo,
                 MeterRegistry meters) {
        super("overdue-watch", properties.interval(), properties.lockAtMostFor(), mongo);
        this.workOrders = workOrders;
        this.properties = properties;
        this.policy = properties.policy();
        this.clock = clock;
        this.scans = Timer.builder("propertyops.ticket.watch.scan")
                .description("One overdue-watch scan: reading the due work orders and emitting their alerts")
                .register(meters);
    }

    @Override
    protected void run() {
        scan();
    }

    /** @return how many work orders it looked at */
    int scan() {
        return scans.record(this::scanDue);
    }

    private int scanDue() {
        Instant now = clock.instant();
        List<WorkOrder> due = workOrders.findDueForAlert(now, properties.batch());
        for (WorkOrder workOrder : due) {
            workOrder.watch(now, policy);
            try {
                workOrders.update(workOrder);
            } catch (ConflictException changedMeanwhile) {
                // someone acted on it since the read; the next tick reads it afresh
            }
        }
        return due.size();
    }
}
