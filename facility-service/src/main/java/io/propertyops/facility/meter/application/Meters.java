package io.propertyops.facility.meter.application;

import io.propertyops.facility.estate.application.EstateStructure;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.meter.domain.Apportioning;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.ReportingWindow;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The meter register (表计台账) of each community: staff add, change and retire meters; each meter's verification
 * reminder is set from its verification, and a shared meter's units take their areas from the request or, where it
 * gives none, from the estate's units.
 */
@Service
public class Meters {

    private final MeterStore store;
    private final EstateStructure estate;
    private final MeterProperties properties;

    Meters(MeterStore store, EstateStructure estate, MeterProperties properties) {
        this.store = store;
        this.estate = estate;
        this.properties = properties;
    }

    public record Created(Meter meter, boolean created) {
    }

    /** Adds a meter; a retry with the same Idempotency-Key answers the meter added the first time. */
    public Created add(Caller caller, Meter draft, String idempotencyKey) {
        caller.requireCommunity(draft.communityId());
        String scopedKey = idempotencyKey == null ? null : caller.id() + ":" + idempotencyKey;
        if (scopedKey != null) {
            Optional<Meter> earlier = store.findByIdempotencyKey(scopedKey);
            if (earlier.isPresent()) {
                return new Created(earlier.get(), false);
            }
        }
        Meter meter = withAreas(new Meter(UUID.randomUUID().toString(), draft.communityId(), draft.kind(), draft.tariff(),
                draft.serial(), draft.location(), draft.locationName(), draft.equipmentId(), draft.multiplier(),
                draft.digits(), draft.initialValues(), draft.installedAt(), draft.verification(), draft.apportioning(),
                false, 1));
        try {
            store.insert(meter, remindAt(meter), scopedKey);
            return new Created(meter, true);
        } catch (DuplicateKeyException taken) {
            if (scopedKey != null) {
                Optional<Meter> raced = store.findByIdempotencyKey(scopedKey);
                if (raced.isPresent()) {
                    return new Created(raced.get(), false);
                }
            }
            throw new ConflictException("serial-taken", "The community has a meter with serial " + draft.serial());
        }
    }

    public Meter get(Caller caller, String id) {
        return store.find(id).filter(meter -> caller.inCommunity(meter.communityId()))
                .orElseThrow(() -> new NotFoundException("Meter", id));
    }

    /** A community's meters, narrowed to a unit's own (or those shared with it) and a kind when given. */
    public List<Meter> list(Caller caller, String communityId, String unitId, io.propertyops.facility.meter.domain.MeterKind kind) {
        caller.requireCommunity(communityId);
        return store.ofCommunity(communityId).stream()
                .filter(meter -> unitId == null || unitId.equals(meter.unitId()) || meter.shared()
                        && meter.apportioning().shares().stream().anyMatch(share -> share.unitId().equals(unitId)))
                .filter(meter -> kind == null || meter.kind() == kind)
                .toList();
    }

    /** A community's meters by serial, for an import whose community the caller was checked for. */
    public Map<String, Meter> bySerial(String communityId) {
        return store.ofCommunity(communityId).stream().collect(Collectors.toMap(Meter::serial, meter -> meter, (a, b) -> a));
    }

    /** The meters of the owner's (or resident's) units, in the communities they live in. */
    public List<Meter> ofOwner(Caller caller) {
        return caller.communityIds().stream().flatMap(community -> store.ofCommunity(community).stream())
                .filter(meter -> meter.unitId() != null && caller.ownsUnit(meter.unitId()) && !meter.retired())
                .toList();
    }

    /** Changes a meter as staff edited it, at the version they saw ({@code null} for any). */
    public Meter change(Caller caller, String id, Meter edited, Long expectedVersion) {
        Meter stored = get(caller, id);
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new PreconditionFailedException("stale-version", "The meter changed since version " + expectedVersion);
        }
        if (stored.retired()) {
            throw new ConflictException("meter-retired", "A retired meter is kept as it was");
        }
        Meter next = stored.changed(withAreas(edited));
        if (!store.replace(next, stored.version(), remindAt(next))) {
            throw new PreconditionFailedException("stale-version", "The meter changed meanwhile; read it again");
        }
        return next;
    }

    /** Takes a meter out of service: it takes no more readings; its readings are kept. */
    public Meter retire(Caller caller, String id, Long expectedVersion) {
        Meter stored = get(caller, id);
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new PreconditionFailedException("stale-version", "The meter changed since version " + expectedVersion);
        }
        if (stored.retired()) {
            return stored;
        }
        Meter next = stored.retire();
        if (!store.replace(next, stored.version(), null)) {
            throw new PreconditionFailedException("stale-version", "The meter changed meanwhile; read it again");
        }
        return next;
    }

    /** The estates' calendar. */
    public java.time.ZoneId zone() {
        return properties.zone();
    }

    public ReportingWindow window(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return store.window(communityId).orElse(null);
    }

    public ReportingWindow setWindow(Caller caller, String communityId, int dayFrom, int dayTo, Long expectedVersion) {
        caller.requireCommunity(communityId);
        long next = store.window(communityId).map(ReportingWindow::version).orElse(0L) + 1;
        ReportingWindow window = new ReportingWindow(communityId, dayFrom, dayTo, next);
        if (!store.saveWindow(window, expectedVersion)) {
            throw new PreconditionFailedException("stale-version", "The window changed since version " + expectedVersion);
        }
        return store.window(communityId).orElse(window);
    }

    /** A shared meter's units without an area given take the estate's; a unit the estate does not know is refused. */
    private Meter withAreas(Meter meter) {
        Apportioning apportioning = meter.apportioning();
        if (apportioning == null || apportioning.areasKnown()) {
            return meter;
        }
        Map<String, BigDecimal> areas = estate.units(meter.communityId()).stream()
                .filter(unit -> unit.buildingAreaSqm() != null)
                .collect(Collectors.toMap(Unit::id, Unit::buildingAreaSqm, (a, b) -> a));
        List<Apportioning.Share> shares = apportioning.shares().stream().map(share -> {
            if (share.areaSqm() != null) {
                return share;
            }
            BigDecimal area = areas.get(share.unitId());
            if (area == null) {
                throw new RuleViolationException("area-unknown", "apportioning.units",
                        "Unit " + share.unitId() + " has no area in the request nor in the estate");
            }
            return new Apportioning.Share(share.unitId(), area);
        }).toList();
        return new Meter(meter.id(), meter.communityId(), meter.kind(), meter.tariff(), meter.serial(), meter.location(),
                meter.locationName(), meter.equipmentId(), meter.multiplier(), meter.digits(), meter.initialValues(),
                meter.installedAt(), meter.verification(), new Apportioning(apportioning.rule(), shares),
                meter.retired(), meter.version()).requireComplete();
    }

    /** When the verification reminder of the meter is due: its day's start in the estates' zone. */
    Instant remindAt(Meter meter) {
        LocalDate day = meter.verificationReminderOn(properties.verificationNoticeDays());
        return day == null ? null : day.atStartOfDay(properties.zone()).toInstant();
    }
}
