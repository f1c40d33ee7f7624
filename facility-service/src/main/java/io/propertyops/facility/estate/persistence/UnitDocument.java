package io.propertyops.facility.estate.persistence;

import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit as stored, with the events of its last changes waiting for the outbox relay. A unit stored before units
 * had types, states and versions has only {@code areaSqm}: it reads as a residential unit handed over, at version
 * 0, until the demo seeder or an edit writes it whole.
 */
@Document(UnitDocument.COLLECTION)
@CompoundIndex(name = "community_building", def = "{'communityId': 1, 'buildingId': 1, 'number': 1}", unique = true)
record UnitDocument(@Id String id, String communityId, String buildingId, String number, int floor, UnitType type,
                    UnitState state, BigDecimal buildingAreaSqm, BigDecimal interiorAreaSqm, BigDecimal areaSqm,
                    Long version, List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "units";

    static UnitDocument of(Unit unit, List<OutboxMessage> events) {
        return new UnitDocument(unit.id(), unit.communityId(), unit.buildingId(), unit.number(), unit.floor(),
                unit.type(), unit.state(), unit.buildingAreaSqm(), unit.interiorAreaSqm(), null, unit.version(), events);
    }

    Unit toDomain() {
        return new Unit(id, communityId, buildingId, number, floor, type == null ? UnitType.RESIDENTIAL : type,
                state == null ? UnitState.HANDED_OVER : state, buildingAreaSqm != null ? buildingAreaSqm : areaSqm,
                interiorAreaSqm, version == null ? 0 : version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
