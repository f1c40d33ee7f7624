package io.propertyops.facility.meter.application;

import io.propertyops.events.facility.MeterVerificationDue;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reminds of meters whose verification (检定) expires soon: each run (one replica at a time, under a ShedLock lock)
 * reads the meters whose reminder mark has come — found by the mark, so a run costs what is due, not every meter —
 * and publishes {@code MeterVerificationDue} once per verification, removing the mark in the same write as the event.
 * A new verification date sets a new mark.
 */
@Component
public class MeterVerificationWatch extends DueWorkJob<MeterStore.DueReminder> {

    private final MeterStore meters;
    private final Clock clock;

    MeterVerificationWatch(MeterStore meters, MeterProperties properties, MongoTemplate mongo, Clock clock) {
        super("meter-verification-watch", properties.watchInterval(), properties.lockAtMostFor(), mongo, clock,
                properties.watchBatch());
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    protected List<MeterStore.DueReminder> due(Instant now, int limit) {
        return meters.dueForVerificationReminder(now, limit);
    }

    @Override
    protected boolean attempt(MeterStore.DueReminder due, Instant now) {
        Meter meter = due.meter();
        return meters.remindedOfVerification(due, new MeterVerificationDue(UUID.randomUUID().toString(), meter.id(),
                clock.instant(), meter.communityId(), meter.serial(), meter.kind().name(), meter.unitId(),
                meter.location().kind().name(), meter.location().id(), meter.locationName(),
                meter.verification().verifiedOn(), meter.verification().expiresOn()));
    }
}
