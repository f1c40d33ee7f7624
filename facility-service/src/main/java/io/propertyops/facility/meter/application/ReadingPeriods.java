package io.propertyops.facility.meter.application;

import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.PeriodConsumption;
import io.propertyops.facility.meter.domain.ReadingPeriod;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Closes a community's month of readings (月度抄表结算) and publishes each unit's approved consumption for billing:
 * refused while any reading of the month is held, so a held reading is never billed; from then on the month takes
 * no more readings. The consumption records are keyed by unit, kind, month and version, so a close that is run again
 * (a retry after a failure midway) publishes nothing twice.
 */
@Service
public class ReadingPeriods {

    static final long FIRST_VERSION = 1;

    private final MeterStore meters;
    private final ReadingStore readings;
    private final PeriodStore periods;
    private final Clock clock;

    ReadingPeriods(MeterStore meters, ReadingStore readings, PeriodStore periods, Clock clock) {
        this.meters = meters;
        this.readings = readings;
        this.periods = periods;
        this.clock = clock;
    }

    /** A month as it stands, with how many of its readings are held. */
    public record PeriodState(ReadingPeriod period, long heldReadings) {
    }

    /** The month's close: how many units' consumption it published, and the meters it found no reading of. */
    public record Closed(ReadingPeriod period, int published, List<String> unreadMeterIds) {
    }

    public PeriodState state(Caller caller, String communityId, YearMonth period) {
        caller.requireCommunity(communityId);
        ReadingPeriod stored = periods.find(ReadingPeriod.idOf(communityId, period))
                .orElse(ReadingPeriod.open(communityId, period));
        return new PeriodState(stored, readings.countHeld(communityId, period));
    }

    public Closed close(Caller caller, String communityId, YearMonth period) {
        caller.requireCommunity(communityId);
        Instant now = clock.instant();
        ReadingPeriod stored = periods.find(ReadingPeriod.idOf(communityId, period))
                .orElse(ReadingPeriod.open(communityId, period));
        if (stored.status() == ReadingPeriod.Status.CLOSED) {
            return new Closed(stored, 0, List.of());
        }
        long held = readings.countHeld(communityId, period);
        if (held > 0) {
            throw new ConflictException("readings-held", held + " readings of " + period
                    + " are held; approve or reject them before the month is closed");
        }
        ReadingPeriod closing = stored;
        if (stored.status() == ReadingPeriod.Status.OPEN) {
            closing = stored.closing(caller.id(), now);
            if (!periods.save(closing)) {
                throw new ConflictException("period-changed", "The month is being closed by someone else; look again");
            }
            // a reading held between the count and the close would have been recorded just before: look again
            held = readings.countHeld(communityId, period);
            if (held > 0) {
                periods.save(new ReadingPeriod(communityId, period, ReadingPeriod.Status.OPEN, null, null, 0,
                        closing.version() + 1));
                throw new ConflictException("readings-held", held + " readings of " + period + " are held");
            }
        }
        List<Meter> community = meters.ofCommunity(communityId);
        PeriodConsumption.Statement statement = PeriodConsumption.of(period, community,
                meters.positions(community.stream().map(Meter::id).toList()));
        Instant at = closing.closedAt() != null ? closing.closedAt() : now;
        List<ConsumptionApproved> consumption = statement.units().stream().map(unit -> new ConsumptionApproved(
                UUID.randomUUID().toString(), String.join(":", communityId, period.toString(), unit.unitId(), unit.kind().name()),
                at, communityId, unit.unitId(), unit.kind().name(), period.toString(), unit.ownTotal().add(unit.sharedTotal()),
                unit.kind().quantityUnit(), unit.ownTotal(), unit.sharedTotal(),
                unit.tariffRegisters().entrySet().stream().map(register -> new ConsumptionApproved.Register(
                        register.getKey().name(), register.getValue())).toList(), FIRST_VERSION)).toList();
        periods.publish(consumption);
        ReadingPeriod closed = closing.closed(consumption.size());
        periods.save(closed);
        return new Closed(closed, consumption.size(), statement.unreadMeterIds());
    }
}
