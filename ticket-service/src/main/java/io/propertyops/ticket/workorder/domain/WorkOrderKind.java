package io.propertyops.ticket.workorder.domain;

/** What an owner or staff member is asking for. */
public enum WorkOrderKind {
    /** 报修 */
    REPAIR,
    /** 投诉 */
    COMPLAINT,
    /** 建议 */
    SUGGESTION,
    /** 咨询 */
    INQUIRY
}
