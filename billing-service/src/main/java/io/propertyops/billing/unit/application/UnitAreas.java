package io.propertyops.billing.unit.application;

import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.events.facility.UnitChanged;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The units' areas as facility-service publishes them: each snapshot replaces an older one, never a newer. */
@Service
public class UnitAreas {

    private final BilledUnitStore store;

    UnitAreas(BilledUnitStore store) {
        this.store = store;
    }

    /** Keeps the unit's snapshot unless a newer one is kept; a redelivered or late older one changes nothing. */
    public boolean apply(UnitChanged event) {
        return store.keepIfNewer(new BilledUnit(event.aggregateId(), event.communityId(), event.buildingId(),
                event.number(), event.type(), event.state(), new BigDecimal(event.buildingAreaSqm()),
                event.interiorAreaSqm() == null ? null : new BigDecimal(event.interiorAreaSqm()), event.version()));
    }

    public Optional<BilledUnit> unit(String unitId) {
        return store.find(unitId);
    }

    /** Every unit billing knows in the community, in no particular order. */
    public List<BilledUnit> inCommunity(String communityId) {
        return store.inCommunity(communityId);
    }
}
