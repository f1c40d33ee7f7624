package io.propertyops.facility.estate.persistence;

import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.facility.estate.domain.ParkingSpaceState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(ParkingSpaceDocument.COLLECTION)
@CompoundIndex(name = "community_area_number", def = "{'communityId': 1, 'parkingAreaId': 1, 'number': 1}", unique = true)
record ParkingSpaceDocument(@Id String id, String communityId, String parkingAreaId, String number,
                            ParkingSpaceState state, String unitId, long version) {

    static final String COLLECTION = "parking_spaces";

    static ParkingSpaceDocument of(ParkingSpace space) {
        return new ParkingSpaceDocument(space.id(), space.communityId(), space.parkingAreaId(), space.number(),
                space.state(), space.unitId(), space.version());
    }

    ParkingSpace toDomain() {
        return new ParkingSpace(id, communityId, parkingAreaId, number, state, unitId, version);
    }
}
