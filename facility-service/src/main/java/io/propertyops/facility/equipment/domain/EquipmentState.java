package io.propertyops.facility.equipment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a piece of equipment stands: in operation (运行), standby (备用), down (停机/故障), under maintenance (维修保养中),
 * idle (闲置) or scrapped (报废). Scrapped is final and reached only through an approved scrap request.
 */
public enum EquipmentState {
    OPERATIONAL,
    STANDBY,
    DOWN,
    UNDER_MAINTENANCE,
    IDLE,
    SCRAPPED;

    /** The states one may set by hand from this one (scrapping goes through its approval instead). */
    public Set<EquipmentState> next() {
        return switch (this) {
            case OPERATIONAL -> EnumSet.of(STANDBY, DOWN, UNDER_MAINTENANCE, IDLE);
            case STANDBY -> EnumSet.of(OPERATIONAL, DOWN, UNDER_MAINTENANCE, IDLE);
            case DOWN -> EnumSet.of(OPERATIONAL, STANDBY, UNDER_MAINTENANCE);
            case UNDER_MAINTENANCE -> EnumSet.of(OPERATIONAL, STANDBY, DOWN, IDLE);
            case IDLE -> EnumSet.of(OPERATIONAL, STANDBY, DOWN, UNDER_MAINTENANCE);
            case SCRAPPED -> EnumSet.noneOf(EquipmentState.class);
        };
    }

    /** In service and able to run: the time reliability counts as operating time. */
    public boolean inOperation() {
        return this == OPERATIONAL || this == STANDBY;
    }
}
