package io.propertyops.ticket.sla.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A work order's deadlines, by kind: response, arrival and resolution for repairs; response and reply for
 * complaints, suggestions and inquiries. Keeps the pauses that moved them, so a recomputation (an urgency change)
 * can apply them again.
 */
public record Deadlines(Map<DeadlineKind, Deadline> byKind, List<Pause> pauses) {

    public Deadlines {
        byKind = Collections.unmodifiableMap(byKind.isEmpty() ? new EnumMap<>(DeadlineKind.class) : new EnumMap<>(byKind));
        pauses = List.copyOf(pauses);
    }

    /** No deadline at all: a kind of work order no SLA covers. */
    public static Deadlines none() {
        return new Deadlines(Map.of(), List.of());
    }

    public Optional<Deadline> get(DeadlineKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public Optional<Instant> due(DeadlineKind kind) {
        return get(kind).map(Deadline::due);
    }

    /** The earliest deadline still open: what an overdue scan watches. */
    public Optional<Instant> nextDue() {
        return byKind.values().stream().filter(deadline -> !deadline.isMet()).map(Deadline::due).min(Instant::compareTo);
    }

    /** Records that a deadline was met; a kind these deadlines do not have, or one already met, is left as it is. */
    public Deadlines met(DeadlineKind kind, Instant at) {
        if (!byKind.containsKey(kind)) {
            return this;
        }
        Map<DeadlineKind, Deadline> changed = new EnumMap<>(byKind);
        changed.put(kind, byKind.get(kind).metAt(at));
        return new Deadlines(changed, pauses);
    }

    /** Moves the open deadlines by a time on hold, each counted as that deadline counts (elapsed or working time). */
    public Deadlines afterPause(Instant pausedAt, Instant resumedAt, BusinessCalendar calendar) {
        Pause pause = new Pause(pausedAt, resumedAt);
        Map<DeadlineKind, Deadline> shifted = new EnumMap<>(DeadlineKind.class);
        byKind.forEach((kind, deadline) -> shifted.put(kind, deadline.afterPause(pause, calendar)));
        List<Pause> all = new ArrayList<>(pauses);
        all.add(pause);
        return new Deadlines(shifted, all);
    }

    /** These deadlines, with every deadline met in {@code earlier} kept as it was met. */
    Deadlines keepingMet(Deadlines earlier) {
        Map<DeadlineKind, Deadline> kept = new EnumMap<>(byKind);
        earlier.byKind.forEach((kind, deadline) -> {
            if (deadline.isMet()) {
                kept.put(kind, deadline);
            }
        });
        return new Deadlines(kept, pauses);
    }
}
