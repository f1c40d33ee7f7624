package io.propertyops.ticket.shared.domain;

/** What an owner or staff member is asking for. */
public enum WorkOrderKind {
    /** 报修 */
    REPAIR,
    /** 投诉 */
    COMPLAINT,
    /** 建议 */
    SUGGESTION,
    /** 咨询 */
    INQUIRY,
    /** Found on an inspection round; raised by staff or the facility service. */
    INSPECTION_FINDING,
    /** Planned maintenance (计划性维护) due on an asset. */
    PREVENTIVE_MAINTENANCE,
    /** Reported by site security (秩序维护). */
    SECURITY_INCIDENT;

    /** The kinds only staff and the platform raise, never owners. */
    public boolean internal() {
        return this == INSPECTION_FINDING || this == PREVENTIVE_MAINTENANCE || this == SECURITY_INCIDENT;
    }
}
