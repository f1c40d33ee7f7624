package io.propertyops.billing.unit.application;

import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.events.facility.UnitChanged;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return store.keepIfNewer(unitOf(event));
    }

    private static BilledUnit unitOf(UnitChanged event) {
        return new BilledUnit(event.aggregateId(), event.communityId(), event.buildingId(), event.number(),
                event.type(), event.state(), new BigDecimal(event.buildingAreaSqm()),
                event.interiorAreaSqm() == null ? null : new BigDecimal(event.interiorAreaSqm()), event.version());
    }

    /**
     * A batch of snapshots — an estate import publishes one per unit in a burst — kept as {@link #apply} keeps each:
     * of each unit only its newest snapshot in the batch counts (a late older one or a redelivered one after it in the
     * same batch changes nothing), and it is kept unless the unit is kept at that version or a newer one already.
     *
     * @return how many units this batch changed
     */
    public int applyAll(List<UnitChanged> events) {
        Map<String, UnitChanged> newest = new LinkedHashMap<>();
        for (UnitChanged event : events) {
            newest.merge(event.aggregateId(), event, (kept, next) -> next.version() > kept.version() ? next : kept);
        }
        return store.keepAllIfNewer(newest.values().stream().map(UnitAreas::unitOf).toList());
    }

    public Optional<BilledUnit> unit(String unitId) {
        return store.find(unitId);
    }

    /** Every unit billing knows in the community, in no particular order. */
    public List<BilledUnit> inCommunity(String communityId) {
        return store.inCommunity(communityId);
    }

    /** A community's units by id. */
    public Map<String, BilledUnit> byIdInCommunity(String communityId) {
        return store.inCommunity(communityId).stream()
                .collect(java.util.stream.Collectors.toMap(BilledUnit::unitId, unit -> unit));
    }
}
