package io.propertyops.facility.handover.application;

import io.propertyops.facility.estate.application.Units;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.handover.domain.Handover;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fills in and completes units' move-in checklists. Completing one records it first and then moves the unit to
 * occupied (已入住), which publishes the unit's change; completing it again — a retry after the unit's write failed —
 * moves the unit again and otherwise changes nothing.
 */
@Service
public class Handovers {

    private final HandoverStore store;
    private final Units units;
    private final Clock clock;

    Handovers(HandoverStore store, Units units, Clock clock) {
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    /** A unit's checklist with the unit it is for. */
    public record UnitHandover(Unit unit, Handover handover) {
    }

    /** The checklist of a unit of the caller's communities: as stored, or a new one with the usual items (version 0). */
    public UnitHandover get(Caller caller, String unitId) {
        Unit unit = units.get(caller, unitId);
        return new UnitHandover(unit, store.find(unitId).orElseGet(() -> Handover.draft(unitId, unit.communityId())));
    }

    /**
     * Records what the checklist says now, on the version the caller read (If-Match; 0 for a checklist not saved yet).
     *
     * @throws ConflictException when it is completed already
     */
    public UnitHandover record(Caller caller, String unitId, Long expected, Handover.Entries entries) {
        UnitHandover current = get(caller, unitId);
        Handover stored = current.handover();
        check(expected, stored);
        Handover next = stored.recorded(entries);
        boolean saved = stored.version() == 0 ? store.insert(next) : store.replace(next, stored.version());
        if (!saved) {
            throw stale(stored.version() + 1);
        }
        return new UnitHandover(current.unit(), next);
    }

    /**
     * Completes the checklist and moves the unit in, on the version the caller read (If-Match).
     *
     * @throws io.propertyops.facility.handover.domain.HandoverIncomplete when a part is not complete
     */
    public UnitHandover complete(Caller caller, String unitId, Long expected) {
        UnitHandover current = get(caller, unitId);
        Handover stored = current.handover();
        if (stored.isCompleted()) {
            // completed before: the unit may not have been moved in if that write failed
            return new UnitHandover(units.moveIn(unitId), stored);
        }
        check(expected, stored);
        Handover completed = stored.completed(caller.id(), clock.instant());
        if (!(stored.version() == 0 ? store.insert(completed) : store.replace(completed, stored.version()))) {
            throw stale(stored.version() + 1);
        }
        return new UnitHandover(units.moveIn(unitId), completed);
    }

    /** The checklists of the caller's own units (an owner's, by the units in the token), those that were started. */
    public List<UnitHandover> ofOwner(Caller caller) {
        Map<String, Unit> owned = caller.unitIds().stream().map(units::find).flatMap(Optional::stream)
                .filter(unit -> caller.inCommunity(unit.communityId()))
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        return store.find(owned.keySet()).stream()
                .map(handover -> new UnitHandover(owned.get(handover.unitId()), handover)).toList();
    }

    private static void check(Long expected, Handover stored) {
        if (expected != null && expected != stored.version()) {
            throw stale(expected);
        }
    }

    private static PreconditionFailedException stale(long read) {
        return new PreconditionFailedException("stale-version",
                "The handover changed since version " + read + "; read it again");
    }
}
