package io.propertyops.facility.finding.domain;

/** Where a finding stands, as staff filter them. */
public enum FindingStatus {
    /** Reported, not yet in a work order, not cleared. */
    OPEN,
    /** In a work order (ticket-service said which), not cleared. */
    LINKED,
    /** What raised it is gone by itself (a device's alarm cleared). */
    CLEARED;

    public static FindingStatus of(Finding finding) {
        if (finding.isCleared()) {
            return CLEARED;
        }
        return finding.workOrderId() == null ? OPEN : LINKED;
    }
}
