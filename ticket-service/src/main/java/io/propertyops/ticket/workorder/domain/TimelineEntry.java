package io.propertyops.ticket.workorder.domain;

import java.time.Instant;
import java.util.Objects;

/** One step of a work order's history, never changed afterwards: who did what, when, with what note. */
public record TimelineEntry(Instant at, String actorId, String action, WorkOrderStatus status, String note) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
    }
}
