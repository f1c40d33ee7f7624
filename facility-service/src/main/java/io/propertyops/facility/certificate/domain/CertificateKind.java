package io.propertyops.facility.certificate.domain;

/** What a statutory certificate attests. */
public enum CertificateKind {
    /** 电梯年检: the lift's annual inspection by the special-equipment inspectorate. */
    LIFT_ANNUAL_INSPECTION,
    /** 消防检测: the yearly test of the fire system. */
    FIRE_SYSTEM_TEST,
    /** 压力容器: the periodic inspection of a pressure vessel. */
    PRESSURE_VESSEL,
    /** 防雷检测: the lightning-protection test. */
    LIGHTNING_PROTECTION,
    OTHER
}
