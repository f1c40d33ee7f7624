package io.propertyops.facility.round.persistence;

import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.round.domain.GeoPosition;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.RoutePoint;
import io.propertyops.facility.shared.domain.Location;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Duration;
import java.util.List;

/** An inspection route as stored; durations as ISO text. */
@Document(RouteDocument.COLLECTION)
// trivially unique (_id is): a replacement on the version it read is found by this index on the embedded store
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record RouteDocument(@Id String id, @Indexed String communityId, String name, String category, String window,
                     List<Point> points, long version) {

    static final String COLLECTION = "inspection_routes";

    record Point(String id, String name, Location location, String locationName, String equipmentId, String tag,
                 GeoPosition position, Integer radiusMetres, String offset, List<ChecklistItem> checklist) {
    }

    static RouteDocument of(InspectionRoute route) {
        return new RouteDocument(route.id(), route.communityId(), route.name(), route.category(),
                route.window().toString(), route.points().stream().map(point -> new Point(point.id(), point.name(),
                        point.location(), point.locationName(), point.equipmentId(), point.tag(), point.position(),
                        point.radiusMetres(), point.offset() == null ? null : point.offset().toString(),
                        point.checklist().items())).toList(), route.version());
    }

    InspectionRoute toDomain() {
        return new InspectionRoute(id, communityId, name, category, Duration.parse(window), points.stream()
                .map(point -> new RoutePoint(point.id(), point.name(), point.location(), point.locationName(),
                        point.equipmentId(), point.tag(), point.position(), point.radiusMetres(),
                        point.offset() == null ? null : Duration.parse(point.offset()), new Checklist(point.checklist())))
                .toList(), version);
    }
}
