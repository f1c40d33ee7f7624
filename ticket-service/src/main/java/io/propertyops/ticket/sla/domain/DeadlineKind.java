package io.propertyops.ticket.sla.domain;

/** What must have happened by a deadline. */
public enum DeadlineKind {
    /** Accepted by the service centre (受理). */
    RESPONSE,
    /** A technician on site (到场). */
    ARRIVAL,
    /** Repaired (完工). */
    RESOLUTION,
    /** A complaint, suggestion or inquiry answered (回复). */
    REPLY
}
