package io.propertyops.ticket.kpi.domain;

/**
 * How many work orders were submitted, resolved, closed and cancelled in the period (each counted once however
 * often it happened to it), and how many were still open when the period ended.
 */
public record Counts(long submitted, long resolved, long closed, long cancelled, long open) {
}
