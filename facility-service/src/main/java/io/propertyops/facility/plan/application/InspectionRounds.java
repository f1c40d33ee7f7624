package io.propertyops.facility.plan.application;

import io.propertyops.facility.plan.domain.PlanTask;

import java.util.List;

/**
 * What the plan engine needs of inspection rounds (巡检), which the round feature provides: inspection plans name a
 * route, and each of their tasks is walked as a round.
 */
public interface InspectionRounds {

    /** Whether the community has this route. */
    boolean routeExists(String communityId, String routeId);

    /** Opens the round of each inspection task, once: a task whose round is open already opens nothing. */
    void open(List<PlanTask> tasks);
}
