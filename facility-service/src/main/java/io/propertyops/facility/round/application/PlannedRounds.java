package io.propertyops.facility.round.application;

import io.propertyops.facility.plan.application.InspectionRounds;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.Round;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rounds of inspection plans: each inspection task is walked as one round, whose id is the task's, on the plan's
 * route as it is when the round opens, in the task's window, by the plan's assignees under its supervisor.
 */
@Component
class PlannedRounds implements InspectionRounds {

    private static final Logger log = LoggerFactory.getLogger(PlannedRounds.class);

    private final RouteStore routes;
    private final RoundStore rounds;

    PlannedRounds(RouteStore routes, RoundStore rounds) {
        this.routes = routes;
        this.rounds = rounds;
    }

    @Override
    public boolean routeExists(String communityId, String routeId) {
        return routes.find(routeId).filter(route -> route.communityId().equals(communityId)).isPresent();
    }

    @Override
    public void open(List<PlanTask> tasks) {
        Map<String, Optional<InspectionRoute>> byId = new HashMap<>();
        List<Round> opened = new ArrayList<>(tasks.size());
        for (PlanTask task : tasks) {
            Optional<InspectionRoute> route = byId.computeIfAbsent(task.target().routeId(), routes::find)
                    .filter(found -> found.communityId().equals(task.communityId()));
            if (route.isEmpty()) {
                log.warn("Inspection task {} names route {}, which is gone: no round", task.id(), task.target().routeId());
                continue;
            }
            opened.add(Round.open(task.id(), route.get(), task.planId(), task.id(), task.occurrence(),
                    task.windowStart(), task.windowEnd(), task.supervisorId(), task.assigneeIds()));
        }
        rounds.insertNew(opened);
    }
}
