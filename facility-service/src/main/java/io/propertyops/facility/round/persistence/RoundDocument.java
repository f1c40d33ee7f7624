package io.propertyops.facility.round.persistence;

import io.propertyops.facility.round.domain.Round;
import io.propertyops.facility.round.domain.RoundPoint;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.persistence.DueMarks;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as stored, with the events of its last changes waiting for the relay, and its watch mark: present while it
 * is open, valued at the next moment the missed-point watch has something to do for it.
 */
@Document(RoundDocument.COLLECTION)
@CompoundIndex(name = "watch_mark", def = "{'watchMark': 1}", unique = true, sparse = true)
// trivially unique (_id is): a change on the version it read is found by this index on the embedded store
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record RoundDocument(@Id String id, String communityId, String routeId, String routeName, String category,
                     String planId, String taskId, String date, Instant windowStart, Instant windowEnd,
                     String supervisorId, List<String> assigneeIds, List<RoundPoint> points, Round.Status status,
                     Instant completedAt, long version, Instant watchAt, String watchMark,
                     List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "rounds";

    static RoundDocument of(Round round, List<OutboxMessage> events) {
        Instant watchAt = round.nextWatchAt().orElse(null);
        return new RoundDocument(round.id(), round.communityId(), round.routeId(), round.routeName(), round.category(),
                round.planId(), round.taskId(), round.date().toString(), round.windowStart(), round.windowEnd(),
                round.supervisorId(), round.assigneeIds(), round.points(), round.status(), round.completedAt(),
                round.version(), watchAt, watchAt == null ? null : DueMarks.of("", watchAt, round.id()), events);
    }

    Round toDomain() {
        return new Round(id, communityId, routeId, routeName, category, planId, taskId, LocalDate.parse(date),
                windowStart, windowEnd, supervisorId, assigneeIds, points, status, completedAt, version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
