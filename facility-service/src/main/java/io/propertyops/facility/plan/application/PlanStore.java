package io.propertyops.facility.plan.application;

import io.propertyops.facility.plan.domain.Plan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where plans are kept, each with a due mark at its next generate-at, so that a tick reads the plans due, not all.
 * Every write is made on the revision the plan was read at ({@link Plan#revision()}).
 */
public interface PlanStore {

    /** Inserts a new plan; false when one of its id is stored already. */
    boolean insert(Plan plan);

    Optional<Plan> find(String id);

    /** The plans of these ids that exist (one read for a batch). */
    List<Plan> findAll(Collection<String> ids);

    /** Writes the plan over the revision it carries; false when another write came first. */
    boolean save(Plan plan);

    /** Writes plans the generator moved, each over the revision it carries; returns how many were written. */
    int saveAll(List<Plan> plans);

    /** Removes the plan stored at the revision it carries; false when another write came first. */
    boolean delete(Plan plan);

    /** A community's plans, by name. */
    List<Plan> inCommunity(String communityId);

    /** The plans whose next generation is due at {@code now}, the earliest first, at most {@code limit}. */
    List<Plan> due(Instant now, int limit);
}
