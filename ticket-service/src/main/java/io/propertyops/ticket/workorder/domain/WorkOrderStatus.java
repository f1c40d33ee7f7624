package io.propertyops.ticket.workorder.domain;

/** Where a work order is in the loop 受理 → 派单 → 处理 → 反馈 → 回访 → 归档. */
public enum WorkOrderStatus {
    SUBMITTED
}
