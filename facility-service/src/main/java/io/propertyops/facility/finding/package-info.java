/**
 * Findings (发现的问题): anything abnormal found about a place or a piece of equipment — an abnormal inspection
 * answer, a failed maintenance item, a device alarm, an implausible meter reading. Each is recorded once (by the id
 * its source derives, so a retry records nothing twice) and published; ticket-service turns it into a work order,
 * one per open problem, and tells back which one.
 */
package io.propertyops.facility.finding;
