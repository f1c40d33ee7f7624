package io.propertyops.ticket.dispatch.persistence;

import io.propertyops.ticket.dispatch.domain.Technician;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person as security-service last described them, with the work dispatched to them.
 *
 * @param technicianIn     their communities while they hold the TECHNICIAN role and are active, else empty. Kept
 *                         apart because roles and communityIds are both arrays, and MongoDB cannot index two arrays
 *                         in one index: this one field is what a community's roster is read by.
 * @param openWorkOrderIds the work dispatched to them and not yet resolved; a set, so each is counted once
 * @param updatedAt        when the newest person event applied here happened
 */
@Document("roster")
@CompoundIndex(name = "id_updated", def = "{'_id': 1, 'updatedAt': 1}", unique = true)
record RosterEntry(@Id String id, String name, List<String> roles, List<String> communityIds,
                   @Indexed(name = "technician_in") List<String> technicianIn, List<String> skills, Boolean onDuty,
                   List<String> openWorkOrderIds, Instant lastAssignedAt, Instant updatedAt, String lastEventId,
                   Instant deactivatedAt) {

    boolean onRoster() {
        return technicianIn != null && !technicianIn.isEmpty();
    }

    Technician toTechnician() {
        return new Technician(id, name, Set.copyOf(technicianIn), skills == null ? Set.of() : Set.copyOf(skills),
                Boolean.TRUE.equals(onDuty), openWorkOrderIds == null ? 0 : openWorkOrderIds.size(), lastAssignedAt);
    }
}
