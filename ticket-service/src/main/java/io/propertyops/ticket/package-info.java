/**
 * ticket-service: work orders (工单) from intake to archive — 受理 accept, 派单 dispatch, 处理 work,
 * 反馈 report back, 回访 revisit, 归档 archive. Packages by feature, each split into {@code domain},
 * {@code application} (use cases and the ports they need), {@code persistence}, {@code messaging} and {@code web}:
 * {@code workorder} the aggregate and its loop; {@code sla} the tiered deadlines (分级响应时限) each community sets,
 * with the business calendar they count in; {@code dispatch} the roster of technicians kept from security-service's
 * staff events, their load, and the choice of whom to dispatch to; {@code category} and {@code pricing} each
 * community's category tree and price list; {@code photo} the photos of a work order; {@code kpi} the staff's
 * searches and reports. {@code shared.domain} is the kernel the work order and the SLA both speak (urgency, kind).
 */
package io.propertyops.ticket;
