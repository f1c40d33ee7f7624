package io.propertyops.facility.round.domain;

import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.shared.domain.Location;

import java.time.Instant;
import java.util.List;

/**
 * A point of a round as it is walked: the route's point as it was when the round opened, its window within the
 * round's, and how it went.
 *
 * @param outcome        EARLY, ON_TIME or LATE once checked; MISSED once its window ended unchecked (a later check
 *                       makes it LATE, and {@code missedAt} keeps when it was announced missed); null before
 * @param scanned        where the phone was at the check-in; null when it sent none
 * @param distanceMetres how far that was from the point's position; null without either
 * @param positionFlag   OUT_OF_RANGE when the check-in was farther than the radius, NO_POSITION when the point has a
 *                       position and the check-in sent none; null when it was there or the point has no position
 */
public record RoundPoint(String pointId, String name, Location location, String locationName, String equipmentId,
                         String tag, GeoPosition position, Integer radiusMetres, Checklist checklist,
                         Instant windowStart, Instant windowEnd, Outcome outcome, Instant missedAt, Instant checkedAt,
                         String checkedBy, List<Answer> answers, List<String> photoIds, GeoPosition scanned,
                         Integer distanceMetres, PositionFlag positionFlag, int abnormalAnswers) {

    public enum Outcome { EARLY, ON_TIME, LATE, MISSED }

    public enum PositionFlag { OUT_OF_RANGE, NO_POSITION }

    /** Where a point stands at a moment, as the live round board shows it. */
    public enum State { UPCOMING, DUE, EARLY, ON_TIME, LATE, MISSED }

    public RoundPoint {
        answers = answers == null ? List.of() : List.copyOf(answers);
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
        checklist = checklist == null ? Checklist.empty() : checklist;
    }

    static RoundPoint of(RoutePoint point, Instant windowStart, Instant windowEnd) {
        return new RoundPoint(point.id(), point.name(), point.location(), point.locationName(), point.equipmentId(),
                point.tag(), point.position(), point.radiusMetres(), point.checklist(), windowStart, windowEnd, null,
                null, null, null, List.of(), List.of(), null, null, null, 0);
    }

    public boolean checked() {
        return checkedAt != null;
    }

    /** Unchecked, and not announced missed yet. */
    boolean awaitingCheck() {
        return !checked() && outcome != Outcome.MISSED;
    }

    public State stateAt(Instant now) {
        if (outcome != null) {
            return State.valueOf(outcome.name());
        }
        return now.isBefore(windowStart) ? State.UPCOMING : State.DUE;
    }

    RoundPoint missed(Instant at) {
        return new RoundPoint(pointId, name, location, locationName, equipmentId, tag, position, radiusMetres, checklist,
                windowStart, windowEnd, Outcome.MISSED, at, null, null, answers, photoIds, null, null, null, 0);
    }

    RoundPoint checkedIn(Instant at, String by, List<Answer> given, List<String> photos, GeoPosition scannedAt,
                         int abnormal) {
        // a window is [start, end): at its end the point is missed, so a check then is late
        Outcome timeliness = at.isBefore(windowStart) ? Outcome.EARLY : at.isBefore(windowEnd) ? Outcome.ON_TIME
                : Outcome.LATE;
        Integer distance = position == null || scannedAt == null ? null : (int) Math.round(position.metresTo(scannedAt));
        PositionFlag flag = position == null ? null : scannedAt == null ? PositionFlag.NO_POSITION
                : distance > radiusMetres ? PositionFlag.OUT_OF_RANGE : null;
        return new RoundPoint(pointId, name, location, locationName, equipmentId, tag, position, radiusMetres, checklist,
                windowStart, windowEnd, timeliness, missedAt, at, by, given, photos, scannedAt, distance, flag, abnormal);
    }
}
