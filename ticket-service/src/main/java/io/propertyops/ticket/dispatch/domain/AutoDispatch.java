package io.propertyops.ticket.dispatch.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Auto-dispatch (自动派单): who gets a new work order. Among the technicians on duty in the community with the
 * work order's category as a skill, the one with the least open work; among equally loaded ones, the one who
 * has waited longest since their last assignment, so that ties go round in turn. When nobody fits, there is no
 * choice and the work order waits for a dispatcher.
 */
public final class AutoDispatch {

    private static final Comparator<Technician> NEXT_IN_LINE = Comparator.comparingInt(Technician::openWork)
            .thenComparing(Technician::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Technician::id);

    private AutoDispatch() {
    }

    public static Optional<Technician> choose(Collection<Technician> roster, String communityId, String category) {
        return roster.stream()
                .filter(technician -> technician.canTake(communityId, category))
                .min(NEXT_IN_LINE);
    }
}
