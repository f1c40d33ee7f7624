package io.propertyops.facility.meter.domain;

/** Whether a reading counts. */
public enum ReadingStatus {
    /** Plausible: it counts. */
    COUNTED,
    /** Implausible: it counts for nothing until approved. */
    HELD,
    /** Held, then approved with a photo by someone other than its reader: it counts. */
    APPROVED,
    /** Held, then rejected: it never counts. */
    REJECTED;

    public boolean counts() {
        return this == COUNTED || this == APPROVED;
    }
}
