package io.propertyops.facility.equipment.application;

import io.propertyops.events.facility.EquipmentStateChanged;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentState;
import io.propertyops.facility.equipment.domain.EquipmentType;

import java.util.List;
import java.util.Optional;

/** Where the ledger is kept; a change is written with the event it caused, on the version it was read at. */
public interface EquipmentStore {

    /**
     * Inserts new equipment; false when equipment of its id is stored already.
     *
     * @throws io.propertyops.starter.domain.ConflictException {@code code-taken} when its community has its code
     */
    boolean insert(Equipment equipment);

    /**
     * Replaces the equipment stored at {@code storedVersion} by {@code next}, with its event (may be null); false when
     * it changed meanwhile.
     *
     * @throws io.propertyops.starter.domain.ConflictException {@code code-taken} when the new code is another's
     */
    boolean save(Equipment next, long storedVersion, EquipmentStateChanged event);

    Optional<Equipment> find(String id);

    Optional<Equipment> findByQrCode(String qrCode);

    /** A page of a community's equipment by code, filtered; without history, downtimes and work orders. */
    Listing list(String communityId, EquipmentType type, EquipmentState state, String search, int page, int size);

    /** All of a community's equipment (of a type, when given), whole: what the community's reliability reads. */
    List<Equipment> all(String communityId, EquipmentType type);

    record Listing(List<Equipment> items, long total) {
    }
}
