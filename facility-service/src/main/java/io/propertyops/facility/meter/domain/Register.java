package io.propertyops.facility.meter.domain;

/** A register of a meter: the one total of a single-tariff meter, or one of a multi-tariff meter's (峰/谷/平). */
public enum Register {
    TOTAL,
    /** 峰 */
    PEAK,
    /** 谷 */
    VALLEY,
    /** 平 */
    FLAT
}
