package io.propertyops.ticket.kpi.domain;

/** A rate kept with its counts, so that it can be read, and added up across reports, honestly. */
public record Share(long count, long of) {

    /** Null when there was nothing to count. */
    public Double rate() {
        return of == 0 ? null : (double) count / of;
    }
}
