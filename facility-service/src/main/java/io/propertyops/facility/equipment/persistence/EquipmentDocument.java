package io.propertyops.facility.equipment.persistence;

import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentDetails;
import io.propertyops.facility.equipment.domain.EquipmentState;
import io.propertyops.facility.equipment.domain.EquipmentType;
import io.propertyops.facility.equipment.domain.Importance;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A piece of equipment as stored, whole: its history, downtimes, work orders and scrap requests live in its document,
 * so that a change and its event are one version-checked write. Indexes: the code is unique in a community, the QR
 * code everywhere (owners find an asset by it); {@code {_id, version}} serves the version-checked write on the
 * embedded store; {@code {communityId, type}} a community's list on MongoDB.
 */
@Document(EquipmentDocument.COLLECTION)
@CompoundIndex(name = "community_code", def = "{'communityId': 1, 'code': 1}", unique = true)
@CompoundIndex(name = "qr_code", def = "{'qrCode': 1}", unique = true)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "community_type", def = "{'communityId': 1, 'type': 1}")
record EquipmentDocument(@Id String id, String communityId, String code, EquipmentType type, String name, String brand,
                         String model, String serial, Location location, String locationName, Importance importance,
                         BigDecimal purchasePrice, LocalDate inServiceDate, LocalDate warrantyEnd, Integer usefulLifeYears,
                         String responsibleStaffId, String parentId, String qrCode, EquipmentState state,
                         Instant stateSince, List<Equipment.HistoryEntry> history, List<Equipment.Downtime> downtimes,
                         List<Equipment.WorkOrderRecord> workOrders, List<Equipment.ScrapRequest> scrapRequests,
                         List<Equipment.Hold> holds, BigDecimal repairCost, Instant registeredAt, long version,
                         List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "equipment";
    /** What a list page leaves out. */
    /** The ledger facts an edit may clear. */
    static final List<String> OPTIONAL = List.of("brand", "model", "serial", "locationName", "purchasePrice",
            "inServiceDate", "warrantyEnd", "usefulLifeYears", "responsibleStaffId", "parentId");
    static final String[] HEAVY = {"history", "downtimes", "workOrders", "scrapRequests", HasOutbox.FIELD};

    static EquipmentDocument of(Equipment e, List<OutboxMessage> events) {
        EquipmentDetails d = e.details();
        return new EquipmentDocument(e.id(), e.communityId(), d.code(), d.type(), d.name(), d.brand(), d.model(),
                d.serial(), d.location(), d.locationName(), d.importance(), d.purchasePrice(), d.inServiceDate(),
                d.warrantyEnd(), d.usefulLifeYears(), d.responsibleStaffId(), d.parentId(), e.qrCode(), e.state(),
                e.stateSince(), e.history(), e.downtimes(), e.workOrders(), e.scrapRequests(), e.holds(), e.repairCost(),
                e.registeredAt(), e.version(), events);
    }

    Equipment toDomain() {
        return new Equipment(id, communityId, new EquipmentDetails(code, type, name, brand, model, serial, location,
                locationName, importance, purchasePrice, inServiceDate, warrantyEnd, usefulLifeYears, responsibleStaffId,
                parentId), qrCode, state, stateSince, history, downtimes, workOrders, scrapRequests, holds, repairCost,
                registeredAt, version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
