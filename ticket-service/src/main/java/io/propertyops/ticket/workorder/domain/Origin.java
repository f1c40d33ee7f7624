package io.propertyops.ticket.workorder.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a work order came from when another domain raised it: the equipment it is about, the open problem it stands
 * for (its key: the equipment, or without one the place, and the fault type), every finding or maintenance task it
 * holds — its occurrences — and the earlier work order for the same problem when this one is a repeat failure.
 *
 * @param problemKey          null for a maintenance task (each occurrence is its own work)
 * @param repeatOfWorkOrderId null when this is no repeat failure
 */
public record Origin(String equipmentId, String problemKey, List<Source> sources, String repeatOfWorkOrderId) {

    public Origin {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an origin has at least the source that opened it");
        }
    }

    /** One finding or maintenance task, with when it arrived and what it said. */
    public record Source(SourceKind kind, String id, Instant at, String summary) {

        public Source {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
        }
    }

    public enum SourceKind { FINDING, MAINTENANCE_TASK }

    public int occurrences() {
        return sources.size();
    }

    public boolean holds(String sourceId) {
        return sources.stream().anyMatch(source -> source.id().equals(sourceId));
    }

    Origin with(Source source) {
        List<Source> more = new ArrayList<>(sources);
        more.add(source);
        return new Origin(equipmentId, problemKey, more, repeatOfWorkOrderId);
    }
}
