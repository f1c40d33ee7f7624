package io.propertyops.billing.unit.application;

import io.propertyops.billing.unit.domain.BilledUnit;

import java.util.List;
import java.util.Optional;

/** Where billing keeps the units it knows, one per unit. */
public interface BilledUnitStore {

    /**
     * Keeps the unit unless a version as new or newer is kept already.
     *
     * @return whether it was kept
     */
    boolean keepIfNewer(BilledUnit unit);

    /**
     * Keeps each unit (at most one per unit id) unless a version as new or newer is kept already: one read of the
     * kept versions and one bulk write for the whole batch.
     *
     * @return how many it kept
     */
    int keepAllIfNewer(List<BilledUnit> units);

    Optional<BilledUnit> find(String unitId);

    /** A community's units (a bill run's payers: bounded by the community's size). */
    List<BilledUnit> inCommunity(String communityId);
}
