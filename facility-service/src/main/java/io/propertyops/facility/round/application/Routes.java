package io.propertyops.facility.round.application;

import io.propertyops.facility.plan.application.CreatedIds;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.RoutePoint;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;

/** Staff define inspection routes (巡检路线) for their communities; someone else's answers 404. */
@Service
public class Routes {

    /** A route as staff define it. */
    public record Definition(String communityId, String name, String category, Duration window,
                             List<RoutePoint> points) {
    }

    /** A route and whether this call created it (or found the one an earlier call with the same key created). */
    public record Created(InspectionRoute route, boolean created) {
    }

    private final RouteStore routes;

    Routes(RouteStore routes) {
        this.routes = routes;
    }

    public Created create(Caller caller, Definition definition, String idempotencyKey) {
        caller.requireCommunity(definition.communityId());
        String id = CreatedIds.of("route", caller.id(), idempotencyKey);
        InspectionRoute route = new InspectionRoute(id, definition.communityId(), definition.name(),
                definition.category(), definition.window(), definition.points(), 1);
        return routes.insert(route) ? new Created(route, true) : new Created(get(caller, id), false);
    }

    public InspectionRoute get(Caller caller, String id) {
        return routes.find(id).filter(route -> caller.inCommunity(route.communityId()))
                .orElseThrow(() -> new NotFoundException("Inspection route", id));
    }

    public List<InspectionRoute> inCommunity(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return routes.inCommunity(communityId);
    }

    /** Redefines a route; rounds already open keep the points they opened with. */
    public InspectionRoute redefine(Caller caller, String id, Definition definition, Long expectedVersion) {
        InspectionRoute stored = get(caller, id);
        if (!stored.communityId().equals(definition.communityId())) {
            throw new RuleViolationException("community-fixed", "communityId", "a route stays in its community");
        }
        if (expectedVersion != null && stored.version() != expectedVersion) {
            throw new PreconditionFailedException("stale-version", "route " + id + " is at version " + stored.version()
                    + ", not " + expectedVersion);
        }
        InspectionRoute next = stored.redefined(new InspectionRoute(id, stored.communityId(), definition.name(),
                definition.category(), definition.window(), definition.points(), stored.version()));
        if (!routes.replace(next, stored.version())) {
            throw new ConflictException("stale-version", "route " + id + " changed meanwhile; read it again");
        }
        return next;
    }
}
