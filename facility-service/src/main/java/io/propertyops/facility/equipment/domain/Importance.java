package io.propertyops.facility.equipment.domain;

/** How much the estate depends on a piece of equipment (设备等级): A critical (lifts, fire, water supply), B, C. */
public enum Importance {
    A,
    B,
    C
}
