package io.propertyops.facility.estate.domain;

/** What a common area (公共区域) is. */
public enum CommonAreaKind {
    /** 大堂 */
    LOBBY,
    /** 电梯轿厢 */
    LIFT_CAR,
    /** 水泵房 */
    PUMP_ROOM,
    /** 车库区域 */
    GARAGE_ZONE,
    /** 绿化带 */
    GREEN_BELT,
    /** 儿童游乐场 */
    PLAYGROUND,
    /** 屋面 */
    ROOF,
    /** 走廊、楼道 */
    CORRIDOR,
    OTHER
}
