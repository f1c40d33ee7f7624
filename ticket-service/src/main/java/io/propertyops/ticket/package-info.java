/**
 * ticket-service: work orders (工单) from intake to archive — 受理 accept, 派单 dispatch, 处理 work,
 * 反馈 report back, 回访 revisit, 归档 archive. Packages by feature: {@code workorder} holds the aggregate
 * ({@code domain}), the application service, and its web and persistence adapters.
 */
package io.propertyops.ticket;
