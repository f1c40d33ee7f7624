package io.propertyops.ticket.workorder.domain;

/** Where a work order is in the loop 受理 → 派单 → 处理 → 反馈 → 回访 → 归档. */
public enum WorkOrderStatus {
    /** Reported, waiting for the service centre. */
    SUBMITTED,
    /** 受理: accepted by the service centre; waits for dispatch (again, after a decline or a reopen). */
    ACCEPTED,
    /** 派单: dispatched to a technician, who has not answered yet. */
    DISPATCHED,
    /** 接单: the technician took the work. */
    TAKEN,
    /** 处理: on site, working. */
    IN_PROGRESS,
    /** Waiting for parts or the owner; the SLA clock pauses. */
    ON_HOLD,
    /** 完工: done, waiting for the reporter's confirmation. */
    RESOLVED,
    CONFIRMED,
    /** 回访: the reporter was called back. */
    REVISITED,
    CLOSED,
    CANCELLED,
    /** 归档 */
    ARCHIVED
}
