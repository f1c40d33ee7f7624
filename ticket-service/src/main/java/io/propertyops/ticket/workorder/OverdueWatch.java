package io.propertyops.ticket.workorder;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.ticket.workorder.domain.EscalationPolicy;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.workorder.persistence.WorkOrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Watches deadlines: every few seconds, one replica (a ShedLock lock in MongoDB) reads the work orders whose
 * {@code nextAlertAt} has come — an indexed field, so a scan costs what is due, not what is open — and lets each
 * emit its due-soon, overdue and escalation events. Each work order records which alerts it emitted in the same
 * version-checked write as the events, so even two scans racing (a lock that expired) emit each alert once.
 */
@Component
class OverdueWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OverdueWatch.class);

    private final WorkOrderRepository workOrders;
    private final WatchProperties properties;
    private final EscalationPolicy policy;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean running;

    OverdueWatch(WorkOrderRepository workOrders, WatchProperties properties, Clock clock, MongoTemplate mongo) {
        this.workOrders = workOrders;
        this.properties = properties;
        this.policy = properties.policy();
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
        scheduler.setThreadNamePrefix("overdue-watch-");
    }

    /** One tick: scans if no other replica is scanning. */
    void tick() {
        try {
            // The lock runs on ShedLock's wall clock, which every replica shares; the deadlines on the injected Clock.
            locks.executeWithLock((Runnable) this::scan,
                    new LockConfiguration(ClockProvider.now(), "overdue-watch", properties.lockAtMostFor(), Duration.ZERO));
        } catch (RuntimeException e) {
            log.warn("Overdue watch tick failed; the next one retries", e);
        }
    }

    /** @return how many work orders it looked at */
    int scan() {
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

    @Override
    public void start() {
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::tick, properties.interval());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
