package io.propertyops.facility;

import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.estate.application.ParkingSpaceStore;
import io.propertyops.facility.estate.domain.CommonAreaKind;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.facility.estate.domain.ParkingSpaceState;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ServiceTest
class FacilityAuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    Estate estate;
    @Autowired
    ParkingSpaceStore spaces;

    @Override
    protected List<OwnedObject> ownedObjects() {
        String c1 = "community-" + UUID.randomUUID();
        String c2 = "community-" + UUID.randomUUID();
        String building = c1 + "-b1";
        String unit = c1 + "-u101";
        String commonArea = c1 + "-pump-room";
        String parkingArea = c1 + "-garage";
        String space = c1 + "-space-b012";
        Unit u101 = Unit.create(unit, c1, building, new Unit.Details("1-1-101", 1, UnitType.RESIDENTIAL,
                UnitState.HANDED_OVER, new BigDecimal("89.50"), new BigDecimal("74.20")));
        estate.insertUnit(u101, u101.changed(UUID.randomUUID().toString(), Instant.now()));
        estate.recordPlaces(c1, Map.of(building, LocationKind.BUILDING, commonArea, LocationKind.COMMON_AREA,
                parkingArea, LocationKind.PARKING_AREA));
        estate.insert(new Community(c1, "翠湖花园", "杭州", "西湖区", "翠湖路 1 号",
                List.of(new Community.Building(building, "1号楼", 6, List.of(unit))),
                List.of(new Community.CommonArea(commonArea, "水泵房", CommonAreaKind.PUMP_ROOM, building)),
                List.of(new Community.ParkingArea(parkingArea, "地下车库")), 1), List.of());
        estate.insert(new Community(c2, "银杏苑", "杭州", "拱墅区", "银杏路 8 号", List.of(), List.of(), List.of(), 1), List.of());
        spaces.insert(ParkingSpace.create(space, c1, parkingArea, new ParkingSpace.Details("B-012", ParkingSpaceState.SOLD, unit)));

        MatrixCaller customerServiceOfC1 = MatrixCaller.of("customer service of C1", TestTokens.staff("cs-c1", "CUSTOMER_SERVICE", c1));
        List<MatrixCaller> strangers = List.of(
                MatrixCaller.of("customer service of C2", TestTokens.staff("cs-c2", "CUSTOMER_SERVICE", c2)),
                MatrixCaller.of("a property manager of C2", TestTokens.staff("pm-c2", "PROPERTY_MANAGER", c2)),
                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", c2)),
                MatrixCaller.of("an owner in C2", TestTokens.owner("owner-c2", c2, c2 + "-u101")),
                MatrixCaller.of("an integration client of C1", TestTokens.integration("crm-c1", c1).scopes("tickets.read")),
                MatrixCaller.of("an integration client of C2", TestTokens.integration("crm-c2", c2).scopes("tickets.read")));
        List<MatrixCaller> strangersOfItsObjects = new java.util.ArrayList<>(strangers);
        // an owner of another unit in the same community: none of the staff operations on a unit or a space is theirs
        strangersOfItsObjects.add(MatrixCaller.of("an owner of another unit in C1", TestTokens.owner("owner-c1-102", c1, c1 + "-u102")));

        return List.of(
                new OwnedObject("community C1, its units, areas and places", Map.of("communityId", c1), customerServiceOfC1, strangers),
                new OwnedObject("building 1号楼 of C1", Map.of("communityId", c1, "buildingId", building), customerServiceOfC1,
                        strangersOfItsObjects).under("/api/v1/communities/{communityId}/buildings/{buildingId}"),
                new OwnedObject("the pump room of C1", Map.of("communityId", c1, "commonAreaId", commonArea), customerServiceOfC1,
                        strangersOfItsObjects).under("/api/v1/communities/{communityId}/common-areas/{commonAreaId}"),
                new OwnedObject("the garage of C1 and its spaces", Map.of("communityId", c1, "parkingAreaId", parkingArea),
                        customerServiceOfC1, strangersOfItsObjects).under("/api/v1/communities/{communityId}/parking-areas/{parkingAreaId}"),
                new OwnedObject("unit 1-1-101 of C1 and its handover", Map.of("unitId", unit), customerServiceOfC1, strangersOfItsObjects),
                new OwnedObject("parking space B-012 of C1", Map.of("spaceId", space), customerServiceOfC1, strangersOfItsObjects));
    }
}
