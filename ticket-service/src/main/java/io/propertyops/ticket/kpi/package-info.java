/**
 * Staff queries and KPIs (工单统计) over the work orders: filtered, paged lists for the service centre, and per
 * period the counts, service times, on-time rates, first-time fixes, backlog by age and the units and categories
 * that keep coming back. Reads {@code work_orders} without ever writing it.
 */
package io.propertyops.ticket.kpi;
