package io.propertyops.facility.round.application;

import io.propertyops.facility.round.domain.InspectionRoute;

import java.util.List;
import java.util.Optional;

/** Where inspection routes are kept. */
public interface RouteStore {

    /** Inserts a new route; false when one of its id is stored already. */
    boolean insert(InspectionRoute route);

    Optional<InspectionRoute> find(String id);

    /** Replaces the route stored at {@code storedVersion}; false when it changed meanwhile. */
    boolean replace(InspectionRoute next, long storedVersion);

    /** A community's routes, by name. */
    List<InspectionRoute> inCommunity(String communityId);
}
