package io.propertyops.ticket.sla.domain;

/** How the time allowed for a deadline is counted. */
public enum Counting {
    /** Around the clock (24/7), as emergencies are. */
    ELAPSED,
    /** Only the community's working hours count. */
    WORKING_TIME,
    /** Until the close of the next working day (次日下班前); pauses count in working time. */
    END_OF_NEXT_WORKING_DAY
}
