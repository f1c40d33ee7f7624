package io.propertyops.ticket.sla.domain;

import java.time.Instant;

/** A time on hold (挂起), waiting for parts or the owner: it does not count against the deadlines. */
public record Pause(Instant from, Instant until) {

    public Pause {
        if (from == null || until == null || until.isBefore(from)) {
            throw new IllegalArgumentException("A pause ends after it begins, got " + from + " – " + until);
        }
    }
}
