package io.propertyops.facility.handover.application;

import io.propertyops.facility.handover.domain.Handover;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where handover checklists are kept, one per unit, by the unit's id. */
public interface HandoverStore {

    Optional<Handover> find(String unitId);

    /** The checklists of these units that are stored. */
    List<Handover> find(Collection<String> unitIds);

    /** Inserts a first version; false when the unit has one already. */
    boolean insert(Handover handover);

    /** Replaces the checklist stored at {@code storedVersion}; false if it changed meanwhile. */
    boolean replace(Handover next, long storedVersion);
}
