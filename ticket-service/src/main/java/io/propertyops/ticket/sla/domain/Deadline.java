package io.propertyops.ticket.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One deadline: when it is due, how its time counts (which decides how a pause moves it), and when it was met.
 *
 * @param metAt null while open
 */
public record Deadline(Instant due, Counting counting, Instant metAt) {

    public Deadline {
        if (due == null || counting == null) {
            throw new IllegalArgumentException("A deadline needs a due time and a way of counting");
        }
    }

    public boolean isMet() {
        return metAt != null;
    }

    /** Still open and past due. */
    public boolean isOverdueAt(Instant now) {
        return metAt == null && now.isAfter(due);
    }

    Deadline metAt(Instant at) {
        return isMet() ? this : new Deadline(due, counting, at);
    }

    /**
     * Moves an open deadline by the paused time, counted as the deadline counts. A deadline already passed when
     * the pause began stays overdue: putting a ticket on hold does not excuse a breach.
     */
    Deadline afterPause(Pause pause, BusinessCalendar calendar) {
        if (isMet() || !due.isAfter(pause.from())) {
            return this;
        }
        Instant shifted = counting == Counting.ELAPSED
                ? due.plus(Duration.between(pause.from(), pause.until()))
                : calendar.add(due, calendar.workingTimeBetween(pause.from(), pause.until()));
        return new Deadline(shifted, counting, null);
    }
}
