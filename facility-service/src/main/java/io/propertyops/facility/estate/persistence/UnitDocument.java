package io.propertyops.facility.estate.persistence;

import io.propertyops.facility.estate.domain.Unit;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;

@Document(UnitDocument.COLLECTION)
@CompoundIndex(name = "community_building", def = "{'communityId': 1, 'buildingId': 1, 'number': 1}", unique = true)
record UnitDocument(@Id String id, String communityId, String buildingId, String number, int floor, BigDecimal areaSqm) {

    static final String COLLECTION = "units";

    static UnitDocument of(Unit unit) {
        return new UnitDocument(unit.id(), unit.communityId(), unit.buildingId(), unit.number(), unit.floor(), unit.areaSqm());
    }

    Unit toDomain() {
        return new Unit(id, communityId, buildingId, number, floor, areaSqm);
    }
}
