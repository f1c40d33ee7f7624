package io.propertyops.starter.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Work that falls due, done by a {@link LockedJob}: each run reads what is due at the clock's instant (at most
 * {@code batchSize} items), claims each item, attempts it, and counts the attempts that did what they were for.
 * What is due, how an item is claimed, attempted and saved, and when a failed attempt is tried again, are the
 * job's own; an item the run did not finish stays due, and a later run takes it again.
 *
 * @param <T> one item of due work
 */
public abstract class DueWorkJob<T> extends LockedJob {

    private final Clock clock;
    private final int batchSize;

    protected DueWorkJob(String name, Duration interval, Duration lockAtMostFor, MongoTemplate mongo, Clock clock,
                         int batchSize) {
        super(name, interval, lockAtMostFor, mongo);
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** At most {@code limit} items due at {@code now}, the first to do first. */
    protected abstract List<T> due(Instant now, int limit);

    /**
     * Takes the item for this run, when it must not be done twice by runs that overlap (another replica, a run
     * whose lock lapsed) or may have changed since it was read. @return false to skip it
     */
    protected boolean claim(T item, Instant now) {
        return true;
    }

    /** Attempts the item and saves the outcome. @return whether it counts as done (sent, planned …) */
    protected abstract boolean attempt(T item, Instant now);

    /**
     * An attempt that threw. By default the run ends (the {@link LockedJob} logs it, and the next run reads what is
     * still due); a job whose items fail one by one logs it here and goes on with the next.
     */
    protected void failed(T item, RuntimeException error) {
        throw error;
    }

    @Override
    protected final void run() {
        runDue();
    }

    /** One pass over what is due now, without the lock. @return how many attempts counted as done */
    public int runDue() {
        Instant now = clock.instant();
        int done = 0;
        for (T item : due(now, batchSize)) {
            if (!claim(item, now)) {
                continue;
            }
            try {
                if (attempt(item, now)) {
                    done++;
                }
            } catch (RuntimeException e) {
                failed(item, e);
            }
        }
        return done;
    }
}
