package io.propertyops.billing.latefee.application;

import io.propertyops.starter.scheduling.LockedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Posts each day's late fees once per community (one replica at a time): a community not yet run today is run up
 * to today, then marked. A run that fails half-way is run again by the next tick — posting is idempotent — and a
 * day the service was down is caught up on, as accrual counts every late day up to the run.
 */
@Component
public class LateFeeJob extends LockedJob {

    private static final Logger log = LoggerFactory.getLogger(LateFeeJob.class);

    private final LateFees lateFees;
    private final LateFeePolicyStore policies;
    private final LateFeeProperties properties;
    private final Clock clock;

    LateFeeJob(LateFees lateFees, LateFeePolicyStore policies, LateFeeProperties properties, MongoTemplate mongo,
               Clock clock) {
        super("late-fees", properties.interval(), properties.lockAtMostFor(), mongo);
        this.lateFees = lateFees;
        this.policies = policies;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        for (String community : policies.communities()) {
            if (policies.lastRunOn(community).filter(day -> !day.isBefore(today)).isEmpty()) {
                int posted = lateFees.post(community, today);
                policies.ranOn(community, today);
                log.info("Late fees of community {} up to {}: {} lines posted", community, today, posted);
            }
        }
    }
}
