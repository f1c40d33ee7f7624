/**
 * Tiered service levels (分级响应时限): a community's {@link io.propertyops.ticket.sla.domain.SlaPolicy} says how
 * long each urgency and category may take to be accepted, attended on site, resolved or answered, and its
 * {@link io.propertyops.ticket.sla.domain.BusinessCalendar} says which of that time counts. Plain Java, no framework.
 */
package io.propertyops.ticket.sla.domain;
