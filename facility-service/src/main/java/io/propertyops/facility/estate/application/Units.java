package io.propertyops.facility.estate.application;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Creates and edits units, each write with its {@code UnitChanged} event in the unit's own document; a unit that
 * is new or renumbered then brings its community's structure up to date (one more structure event).
 */
@Service
public class Units {

    private static final int ATTEMPTS = 5;

    private final Estate estate;
    private final EstateStructure structure;
    private final Clock clock;

    Units(Estate estate, EstateStructure structure, Clock clock) {
        this.estate = estate;
        this.structure = structure;
        this.clock = clock;
    }

    /** A unit and whether this call created it (false: a retry with the same Idempotency-Key found it). */
    public record Created(Unit unit, boolean created) {
    }

    /**
     * Creates a unit in a building of one of the caller's communities.
     *
     * @throws ConflictException      when the building has a unit of that number
     * @throws RuleViolationException when the community has no such building
     */
    public Created create(Caller caller, String communityId, String buildingId, Unit.Details details,
                          String idempotencyKey) {
        Community community = structure.community(caller, communityId);
        if (community.building(buildingId).isEmpty()) {
            throw new RuleViolationException("unknown-building", "buildingId", "The community has no building " + buildingId);
        }
        String id = NewIds.of("unit:" + communityId, caller.id(), idempotencyKey);
        Unit unit = Unit.create(id, communityId, buildingId, details);
        if (!estate.insertUnit(unit, unit.changed(UUID.randomUUID().toString(), clock.instant()))) {
            Unit earlier = estate.unit(id).orElseThrow(() -> duplicate(community, buildingId, details.number()));
            structure.refresh(communityId);
            return new Created(earlier, false);
        }
        structure.refresh(communityId);
        return new Created(unit, true);
    }

    /** A unit of one of the caller's communities (staff), answered as not found otherwise. */
    public Unit get(Caller caller, String unitId) {
        return estate.unit(unitId).filter(unit -> caller.inCommunity(unit.communityId()))
                .orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    /** A unit by id, whoever asks: for other features that checked their caller already. */
    public java.util.Optional<Unit> find(String unitId) {
        return estate.unit(unitId);
    }

    /** The units of one of the caller's communities, by number. */
    public List<Unit> inCommunity(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return estate.units(communityId);
    }

    /**
     * Changes a unit on the version the caller read (If-Match), in the same building or moved to another of its
     * community's.
     *
     * @throws StaleVersionException  when {@code expected} is not the version now
     * @throws ConflictException      when another unit of the building has the new number
     * @throws RuleViolationException when the community has no such building
     */
    public Unit update(Caller caller, String unitId, Long expected, String buildingId, Unit.Details details) {
        Unit stored = get(caller, unitId);
        StaleVersionException.check("Unit " + stored.number(), expected, stored.version());
        if (stored.buildingId().equals(buildingId) && stored.has(details) && stored.version() > 0) {
            return stored;
        }
        if (!stored.buildingId().equals(buildingId)
                && structure.community(caller, stored.communityId()).building(buildingId).isEmpty()) {
            throw new RuleViolationException("unknown-building", "buildingId", "The community has no building " + buildingId);
        }
        Unit next = stored.with(buildingId, details);
        try {
            if (!estate.replaceUnit(next, stored.version(), next.changed(UUID.randomUUID().toString(), clock.instant()))) {
                Unit now = get(caller, unitId);
                throw new StaleVersionException("Unit " + stored.number(), stored.version(), now.version());
            }
        } catch (org.springframework.dao.DuplicateKeyException numberTaken) {
            throw duplicate(structure.community(caller, stored.communityId()), buildingId, details.number());
        }
        if (!stored.number().equals(next.number()) || !stored.buildingId().equals(next.buildingId())) {
            structure.refresh(stored.communityId());
        }
        return next;
    }

    /**
     * 入住: the unit's owner has moved in (its handover is complete). Publishes the unit's change unless it is
     * occupied already.
     */
    public Unit moveIn(String unitId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Unit stored = estate.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
            if (stored.state() == UnitState.OCCUPIED && stored.version() > 0) {
                return stored;
            }
            Unit next = stored.movedIn();
            if (estate.replaceUnit(next, stored.version(), next.changed(UUID.randomUUID().toString(), clock.instant()))) {
                return next;
            }
        }
        throw new ConflictException("concurrent-update", "Unit " + unitId + " kept changing meanwhile; try again");
    }

    private static ConflictException duplicate(Community community, String buildingId, String number) {
        String building = community.building(buildingId).map(Community.Building::name).orElse(buildingId);
        return new ConflictException("duplicate-unit", building + " has a unit " + number + " already");
    }
}
