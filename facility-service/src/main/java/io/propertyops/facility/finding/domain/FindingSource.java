package io.propertyops.facility.finding.domain;

/** What found a problem. */
public enum FindingSource {
    /** An abnormal answer on an inspection round (巡检) or a supervisor's check. */
    INSPECTION,
    /** A failed item of a preventive-maintenance task. */
    MAINTENANCE,
    /** A device's alarm through the device intake. */
    DEVICE,
    /** An implausible meter reading. */
    METER,
    /** Site security (秩序维护). */
    SECURITY,
    /** An owner's feedback. */
    FEEDBACK,
    /** Staff, by hand. */
    MANUAL
}
