/**
 * Dispatch (派单): the roster of technicians per community, kept from security-service's staff events, their
 * load, and the automatic choice of a technician for a new work order ({@code domain}).
 */
package io.propertyops.ticket.dispatch;
