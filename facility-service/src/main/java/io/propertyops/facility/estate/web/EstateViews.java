package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.domain.CommonAreaKind;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.facility.estate.domain.ParkingSpaceState;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The estate as the API shows it. */
final class EstateViews {

    private EstateViews() {
    }

    static final String VERSION = "The version, the number the ETag carries (quoted, \"3\"): send it as If-Match with a change";
    static final String COMMUNITY_VERSION = "The community's version, which buildings, common areas and parking areas "
            + "are edited on (they live in the community): send it as If-Match with a change";

    record CommunityView(@Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String id,
                         @Schema(example = "翠湖花园") String name,
                         @Schema(example = "杭州市") String city,
                         @Schema(example = "西湖区") String district,
                         @Schema(example = "文一西路 588 号") String address,
                         @Schema(description = VERSION, example = "3") long version,
                         List<BuildingView> buildings,
                         List<CommonAreaView> commonAreas,
                         List<ParkingAreaView> parkingAreas) {

        static CommunityView of(Community community) {
            return new CommunityView(community.id(), community.name(), community.city(), community.district(),
                    community.address(), community.version(),
                    community.buildings().stream().map(b -> BuildingView.of(community, b)).toList(),
                    community.commonAreas().stream().map(a -> CommonAreaView.of(community, a)).toList(),
                    community.parkingAreas().stream().map(a -> ParkingAreaView.of(community, a)).toList());
        }
    }

    record BuildingView(@Schema(example = "cdf7d5d0-7fa4-52f3-bf6a-9d4698b78422") String id,
                        @Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                        @Schema(example = "3号楼") String name,
                        @Schema(example = "18") int floors,
                        @Schema(description = "Every unit in the building, in the order of their numbers")
                        List<String> unitIds,
                        @Schema(description = COMMUNITY_VERSION, example = "3") long version) {

        static BuildingView of(Community community, Community.Building building) {
            return new BuildingView(building.id(), community.id(), building.name(), building.floors(),
                    building.unitIds(), community.version());
        }
    }

    record CommonAreaView(@Schema(example = "0f4b5a8e-93f0-5d1b-9a57-6a2d6b7e8c11") String id,
                          @Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                          @Schema(example = "水泵房") String name,
                          CommonAreaKind kind,
                          @Schema(description = "The building it is in; null for one of the grounds",
                                  example = "cdf7d5d0-7fa4-52f3-bf6a-9d4698b78422") String buildingId,
                          @Schema(description = "As staff say it", example = "3号楼 水泵房") String displayName,
                          @Schema(description = COMMUNITY_VERSION, example = "3") long version) {

        static CommonAreaView of(Community community, Community.CommonArea area) {
            String display = area.buildingId() == null ? area.name() : community.building(area.buildingId())
                    .map(b -> b.name() + " " + area.name()).orElse(area.name());
            return new CommonAreaView(area.id(), community.id(), area.name(), area.kind(), area.buildingId(), display,
                    community.version());
        }
    }

    record ParkingAreaView(@Schema(example = "baf21e1c-2bec-5225-8bfa-308cdc2d4e7c") String id,
                           @Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                           @Schema(example = "地下车库") String name,
                           @Schema(description = COMMUNITY_VERSION, example = "3") long version) {

        static ParkingAreaView of(Community community, Community.ParkingArea area) {
            return new ParkingAreaView(area.id(), community.id(), area.name(), community.version());
        }
    }

    record UnitView(@Schema(example = "68ac8d21-fbad-588a-99b9-6808bb720063") String id,
                    @Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                    @Schema(example = "cdf7d5d0-7fa4-52f3-bf6a-9d4698b78422") String buildingId,
                    @Schema(example = "3-1-101") String number,
                    @Schema(example = "1") int floor,
                    UnitType type,
                    UnitState state,
                    @Schema(description = "建筑面积, m², two decimal places", example = "89.50") BigDecimal buildingAreaSqm,
                    @Schema(description = "套内面积, m², two decimal places; null when not known", example = "74.20")
                    BigDecimal interiorAreaSqm,
                    @Schema(description = VERSION, example = "2") long version) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.id(), unit.communityId(), unit.buildingId(), unit.number(), unit.floor(),
                    unit.type(), unit.state(), unit.buildingAreaSqm(), unit.interiorAreaSqm(), unit.version());
        }
    }

    record ParkingSpaceView(@Schema(example = "6b0f8f7e-2b1c-4f55-a1e7-0c7f0e1d2a33") String id,
                            @Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                            @Schema(example = "baf21e1c-2bec-5225-8bfa-308cdc2d4e7c") String parkingAreaId,
                            @Schema(example = "B-012") String number,
                            ParkingSpaceState state,
                            @Schema(description = "The unit whose owner has it; null when none",
                                    example = "68ac8d21-fbad-588a-99b9-6808bb720063") String unitId,
                            @Schema(description = VERSION, example = "1") long version) {

        static ParkingSpaceView of(ParkingSpace space) {
            return new ParkingSpaceView(space.id(), space.communityId(), space.parkingAreaId(), space.number(),
                    space.state(), space.unitId(), space.version());
        }
    }
}
