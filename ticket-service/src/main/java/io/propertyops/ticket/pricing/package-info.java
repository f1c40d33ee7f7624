/**
 * Paid in-unit repairs (有偿维修): each community's published price list for parts and labour, which technicians
 * quote from and owners can read before they approve a quote.
 */
package io.propertyops.ticket.pricing;
