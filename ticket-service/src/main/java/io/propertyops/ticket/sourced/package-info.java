/**
 * Work orders other domains raise: facility's findings (an abnormal inspection answer, a failed maintenance item, a
 * device alarm, an implausible meter reading) and its due maintenance tasks. One work order per open problem: while
 * a work order for the same equipment (or, without equipment, the same place) and fault type is open, a further
 * finding is added to it as one more occurrence with its evidence; a failure again soon after the last one was
 * resolved is flagged as a repeat failure (重复故障).
 */
package io.propertyops.ticket.sourced;
