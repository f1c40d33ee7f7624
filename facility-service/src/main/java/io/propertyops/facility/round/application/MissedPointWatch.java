package io.propertyops.facility.round.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.starter.scheduling.LockedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Announces missed points at once: every {@code watch-interval} (15 s by default), one replica at a time (a ShedLock
 * lock), it reads the rounds whose due mark — the end of their earliest window not yet checked or missed — has come,
 * marks the points whose window ended unchecked MISSED and publishes {@code RoundPointMissed} for each, and ends the
 * rounds whose window has ended ({@code RoundCompleted}). A point is announced within one tick of its window's end,
 * not at a nightly sweep. Each round is written on the version it was read at, with its events in the same write, so
 * two watches racing (a lock that lapsed) announce each point once. Each tick is timed
 * ({@code propertyops.facility.rounds.watch}).
 */
@Component
public class MissedPointWatch extends LockedJob {

    private static final Logger log = LoggerFactory.getLogger(MissedPointWatch.class);

    private final RoundStore rounds;
    private final Rounds service;
    private final RoundProperties properties;
    private final Clock clock;
    private final Timer ticks;

    MissedPointWatch(RoundStore rounds, Rounds service, RoundProperties properties, Clock clock, MongoTemplate mongo,
                     MeterRegistry meters) {
        super("missed-point-watch", properties.watchInterval(), properties.lockAtMostFor(), mongo);
        this.rounds = rounds;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
        this.ticks = Timer.builder("propertyops.facility.rounds.watch")
                .description("One missed-point watch tick: reading the due rounds and announcing their missed points")
                .register(meters);
    }

    @Override
    protected void run() {
        watchDue();
    }

    /** One pass, without the lock. @return how many events it recorded */
    public int watchDue() {
        return ticks.record(this::watch);
    }

    private int watch() {
        Instant now = clock.instant();
        int events = 0;
        for (Round round : rounds.due(now, properties.batch())) {
            Round.Watched watched = round.watch(now, () -> UUID.randomUUID().toString());
            if (rounds.save(watched.round(), round.version(), watched.events())) {
                events += watched.events().size();
                service.completed(watched.round());
            }
        }
        if (events > 0) {
            log.info("Missed-point watch: {} events", events);
        }
        return events;
    }
}
