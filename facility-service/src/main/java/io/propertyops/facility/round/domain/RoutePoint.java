package io.propertyops.facility.round.domain;

import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.starter.domain.RuleViolationException;

import java.time.Duration;

/**
 * A point (巡检点) of a route: a place, and the equipment there if the point is about one, with the tag fixed on it
 * (a QR code or an NFC chip) that an inspector scans to prove they stood there, optionally its position and how far
 * from it a check-in still counts as there, and its checklist.
 *
 * @param location     where it is; the place a finding about it names
 * @param equipmentId  the equipment checked; null for a place
 * @param tag          the value its QR code or NFC chip reads, unique within the route
 * @param position     where it is on the map; null when GPS is not used here (indoors, underground)
 * @param radiusMetres how far from {@code position} a check-in counts as there
 * @param offset       when its window opens, counted from the round's start; null to split the round's window
 *                     evenly between the points (either every point of a route has one or none)
 */
public record RoutePoint(String id, String name, Location location, String locationName, String equipmentId,
                         String tag, GeoPosition position, Integer radiusMetres, Duration offset, Checklist checklist) {

    public RoutePoint {
        if (id == null || id.isBlank() || name == null || name.isBlank() || location == null || tag == null
                || tag.isBlank()) {
            throw invalid("every point has an id, a name, a location and a tag");
        }
        checklist = checklist == null ? Checklist.empty() : checklist;
        if (position != null && (radiusMetres == null || radiusMetres < 1)) {
            throw invalid("point " + id + ": a position needs a radius of at least 1 metre");
        }
        if (offset != null && offset.isNegative()) {
            throw invalid("point " + id + ": an offset is counted forward from the round's start");
        }
        for (ChecklistItem item : checklist.items()) {
            if (item.type() != ChecklistItem.ItemType.TEXT && item.type() != ChecklistItem.ItemType.PHOTO
                    && item.faultType() == null) {
                throw invalid("point " + id + ", item " + item.id() + ": an item that can be abnormal names the fault "
                        + "type its finding reports");
            }
        }
    }

    static RuleViolationException invalid(String message) {
        return new RuleViolationException("invalid-route", "points", message);
    }

    /** Whether a scanned position is near enough to count as here; true when the point has no position. */
    public boolean near(GeoPosition scanned) {
        return position == null || scanned != null && position.metresTo(scanned) <= radiusMetres;
    }
}
