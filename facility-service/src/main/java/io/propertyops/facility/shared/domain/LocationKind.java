package io.propertyops.facility.shared.domain;

/** The kinds of place in an estate (小区 → 楼栋 → 房屋; 公共区域; 停车场 → 车位). */
public enum LocationKind {
    COMMUNITY,
    BUILDING,
    UNIT,
    COMMON_AREA,
    PARKING_AREA,
    PARKING_SPACE
}
