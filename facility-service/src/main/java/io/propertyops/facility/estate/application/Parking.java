package io.propertyops.facility.estate.application;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.util.List;

/** Parking spaces (车位) in a community's parking areas: free, let or sold, and the unit a space goes with. */
@Service
public class Parking {

    private final ParkingSpaceStore spaces;
    private final EstateStructure structure;
    private final Estate estate;

    Parking(ParkingSpaceStore spaces, EstateStructure structure, Estate estate) {
        this.spaces = spaces;
        this.structure = structure;
        this.estate = estate;
    }

    /** A space and whether this call created it (false: a retry with the same Idempotency-Key found it). */
    public record Created(ParkingSpace space, boolean created) {
    }

    /**
     * Adds a space to a parking area of one of the caller's communities.
     *
     * @throws NotFoundException      when the community has no such parking area
     * @throws ConflictException      when the area has a space of that number
     * @throws RuleViolationException when the unit is not one of the community's
     */
    public Created create(Caller caller, String communityId, String parkingAreaId, ParkingSpace.Details details,
                          String idempotencyKey) {
        Community community = structure.community(caller, communityId);
        community.parkingArea(parkingAreaId).orElseThrow(() -> new NotFoundException("Parking area", parkingAreaId));
        requireUnitOf(communityId, details.unitId());
        String id = NewIds.of("parking-space:" + communityId, caller.id(), idempotencyKey);
        ParkingSpace space = ParkingSpace.create(id, communityId, parkingAreaId, details);
        if (!spaces.insert(space)) {
            return new Created(spaces.space(id).orElseThrow(() -> new ConflictException("duplicate-parking-space",
                    "The parking area has a space " + details.number() + " already")), false);
        }
        return new Created(space, true);
    }

    /** The spaces of one of a caller's community's parking areas, by number. */
    public List<ParkingSpace> inArea(Caller caller, String communityId, String parkingAreaId) {
        Community community = structure.community(caller, communityId);
        community.parkingArea(parkingAreaId).orElseThrow(() -> new NotFoundException("Parking area", parkingAreaId));
        return spaces.spaces(communityId).stream().filter(space -> space.parkingAreaId().equals(parkingAreaId)).toList();
    }

    public ParkingSpace get(Caller caller, String spaceId) {
        return spaces.space(spaceId).filter(space -> caller.inCommunity(space.communityId()))
                .orElseThrow(() -> new NotFoundException("Parking space", spaceId));
    }

    /**
     * Changes a space on the version the caller read (If-Match).
     *
     * @throws StaleVersionException when {@code expected} is not the version now
     */
    public ParkingSpace update(Caller caller, String spaceId, Long expected, ParkingSpace.Details details) {
        ParkingSpace stored = get(caller, spaceId);
        StaleVersionException.check("Parking space " + stored.number(), expected, stored.version());
        if (stored.details().equals(details)) {
            return stored;
        }
        requireUnitOf(stored.communityId(), details.unitId());
        ParkingSpace next = stored.with(details);
        boolean replaced;
        try {
            replaced = spaces.replace(next, stored.version());
        } catch (org.springframework.dao.DuplicateKeyException numberTaken) {
            throw new ConflictException("duplicate-parking-space", "The parking area has a space "
                    + details.number() + " already");
        }
        if (!replaced) {
            throw new StaleVersionException("Parking space " + stored.number(), stored.version(),
                    get(caller, spaceId).version());
        }
        return next;
    }

    private void requireUnitOf(String communityId, String unitId) {
        if (unitId != null && estate.unit(unitId).filter(unit -> unit.communityId().equals(communityId)).isEmpty()) {
            throw new RuleViolationException("unknown-unit", "unitId", "The community has no unit " + unitId);
        }
    }
}
