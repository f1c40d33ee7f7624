package io.propertyops.ticket.dispatch.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A technician (维修师傅) on a community's roster, as dispatch sees them.
 *
 * @param communityIds   the communities they are dispatched in
 * @param skills         the trades they are dispatched for, matched against a work order's category
 * @param openWork       work dispatched to them and not yet resolved
 * @param lastAssignedAt when work was last dispatched to them; null if never
 */
public record Technician(String id, String name, Set<String> communityIds, Set<String> skills, boolean onDuty,
                         int openWork, Instant lastAssignedAt) {

    public Technician {
        Objects.requireNonNull(id, "id");
        communityIds = Set.copyOf(communityIds);
        skills = Set.copyOf(skills);
    }

    /** Whether auto-dispatch may give them work of this category in this community now. */
    public boolean canTake(String communityId, String category) {
        return onDuty && communityIds.contains(communityId) && skills.contains(category);
    }
}
