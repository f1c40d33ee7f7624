/**
 * ticket-service: work orders (工单) from intake to archive — 受理 accept, 派单 dispatch, 处理 work,
 * 反馈 report back, 回访 revisit, 归档 archive. Packages by feature: {@code workorder} holds the aggregate
 * ({@code domain}), the application service, and its web and persistence adapters; {@code sla} the tiered deadlines
 * (分级响应时限) each community sets for its work orders, with the business calendar they count in;
 * {@code dispatch} the roster of technicians kept from security-service's staff events, their load, and the
 * choice of whom to dispatch to.
 */
package io.propertyops.ticket;
