package io.propertyops.facility.round.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An inspection route (巡检路线): the points an inspector walks, in order, in a community.
 *
 * @param category the trade that fixes what its rounds find, unless an item names its own, e.g. {@code plumbing}
 * @param window   how long a round started by hand has (a planned round has its plan's window)
 * @param version  the version staff edit (the ETag)
 */
public record InspectionRoute(String id, String communityId, String name, String category, Duration window,
                              List<RoutePoint> points, long version) {

    public static final int MAX_POINTS = 100;

    public InspectionRoute {
        points = points == null ? List.of() : List.copyOf(points);
        if (name == null || name.isBlank() || category == null || category.isBlank()) {
            throw RoutePoint.invalid("a route has a name and a category");
        }
        if (window == null || window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(1)) > 0) {
            throw new RuleViolationException("invalid-route", "window", "a round started by hand lasts up to a day");
        }
        if (points.isEmpty() || points.size() > MAX_POINTS) {
            throw RoutePoint.invalid("a route has 1 to " + MAX_POINTS + " points");
        }
        Set<String> ids = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (RoutePoint point : points) {
            if (!ids.add(point.id())) {
                throw RoutePoint.invalid("point id " + point.id() + " appears twice");
            }
            if (!tags.add(point.tag())) {
                throw RoutePoint.invalid("tag " + point.tag() + " is on two points: a scan must tell where one stood");
            }
        }
        long withOffset = points.stream().filter(point -> point.offset() != null).count();
        if (withOffset != 0 && withOffset != points.size()) {
            throw RoutePoint.invalid("either every point has an offset or none has");
        }
        for (int i = 1; withOffset > 0 && i < points.size(); i++) {
            if (points.get(i).offset().compareTo(points.get(i - 1).offset()) <= 0) {
                throw RoutePoint.invalid("offsets rise from point to point, in the route's order");
            }
        }
    }

    /** The same route redefined by staff, at the next version. */
    public InspectionRoute redefined(InspectionRoute definition) {
        return new InspectionRoute(id, communityId, definition.name, definition.category, definition.window,
                definition.points, version + 1);
    }
}
