package io.propertyops.starter.scheduling;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A job that runs every {@code interval} on one replica at a time: a ShedLock lock in the service's MongoDB, held
 * at most {@code lockAtMostFor} should the replica die. A failing run is logged and the next one tries again. What
 * the job finds due is its own business, on the injected {@link java.time.Clock}.
 */
public abstract class LockedJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LockedJob.class);
    /**
     * The lock's times are compared by ShedLock against the real time every replica shares, not the injected Clock
     * that tests move by hours: a lock taken at a moved time would block every later run.
     */
    private static final Clock LOCK_CLOCK = Clock.systemUTC();

    private final String name;
    private final Duration interval;
    private final Duration lockAtMostFor;
    private final LockingTaskExecutor locks;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean running;

    protected LockedJob(String name, Duration interval, Duration lockAtMostFor, MongoTemplate mongo) {
        this.name = name;
        this.interval = interval;
        this.lockAtMostFor = lockAtMostFor;
        this.locks = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
        scheduler.setThreadNamePrefix(name + "-");
    }

    /** One run, while this replica holds the lock. */
    protected abstract void run();

    /** Runs now if no other replica is running it. */
    public void tick() {
        try {
            locks.executeWithLock((Runnable) this::run,
                    new LockConfiguration(LOCK_CLOCK.instant(), name, lockAtMostFor, Duration.ZERO));
        } catch (RuntimeException e) {
            log.warn("{} failed; the next run tries again", name, e);
        }
    }

    @Override
    public void start() {
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::tick, interval);
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
