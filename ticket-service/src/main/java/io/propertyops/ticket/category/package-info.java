/**
 * Each community's category tree (报修分类): the trades and subjects owners pick from when they report, which staff
 * edit. A category's trade (its top-level code) is what dispatch matches technicians' skills on and what SLA rules
 * name.
 */
package io.propertyops.ticket.category;
