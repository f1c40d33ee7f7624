package io.propertyops.ticket.kpi.domain;

/** A unit or category and the requests it had in the period. */
public record Recurring(String key, long requests) {
}
