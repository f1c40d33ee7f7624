package io.propertyops.facility.round.domain;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.facility.RoundCompleted;
import io.propertyops.events.facility.RoundPointMissed;
import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A round (巡检) on a route: its points walked and checked one by one within their windows, with proof — the tag
 * scanned, where the phone was, photos — and the answers to each point's checklist. Each point ends EARLY, ON_TIME or
 * LATE by its window, or MISSED when its window ends unchecked, which is announced at once to the round's supervisor.
 * The round is over when every point is checked, or when its window ends.
 *
 * @param planId  the inspection plan it came from; null for a round started by hand
 * @param taskId  the plan's task it walks (its id is the task's); null for a round started by hand
 * @param date    the community's calendar day it is on
 * @param version rises with every change; a change is written on the version it read
 */
public record Round(String id, String communityId, String routeId, String routeName, String category, String planId,
                    String taskId, LocalDate date, Instant windowStart, Instant windowEnd, String supervisorId,
                    List<String> assigneeIds, List<RoundPoint> points, Status status, Instant completedAt,
                    long version) {

    public enum Status { OPEN, COMPLETED }

    public Round {
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
        points = List.copyOf(points);
    }

    /**
     * A round of a route from {@code start} to {@code end}: each point's window opens at its offset from the start
     * and closes when the next point's opens (the last at the end); a route without offsets, or whose offsets do not
     * fit in this window, has the window split evenly between its points, in order.
     */
    public static Round open(String id, InspectionRoute route, String planId, String taskId, LocalDate date,
                             Instant start, Instant end, String supervisorId, List<String> assigneeIds) {
        if (!end.isAfter(start)) {
            throw new RuleViolationException("invalid-window", "window", "a round's window ends after it starts");
        }
        List<RoutePoint> routePoints = route.points();
        Duration length = Duration.between(start, end);
        boolean byOffsets = routePoints.getFirst().offset() != null
                && routePoints.getLast().offset().compareTo(length) < 0;
        List<RoundPoint> points = new ArrayList<>(routePoints.size());
        for (int i = 0; i < routePoints.size(); i++) {
            Instant opens = byOffsets ? start.plus(routePoints.get(i).offset())
                    : start.plus(length.multipliedBy(i).dividedBy(routePoints.size()));
            Instant closes = i == routePoints.size() - 1 ? end : byOffsets ? start.plus(routePoints.get(i + 1).offset())
                    : start.plus(length.multipliedBy(i + 1).dividedBy(routePoints.size()));
            points.add(RoundPoint.of(routePoints.get(i), opens, closes));
        }
        return new Round(id, route.communityId(), route.id(), route.name(), route.category(), planId, taskId, date,
                start, end, supervisorId, assigneeIds, points, Status.OPEN, null, 1);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public RoundPoint point(String pointId) {
        return points.stream().filter(point -> point.pointId().equals(pointId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Point", pointId));
    }

    /** The proof and answers an inspector gives at a point. */
    public record Proof(String tag, GeoPosition position, List<String> photoIds, List<Answer> answers) {
    }

    /** A point checked: the round after it, the point as recorded, its judged answers, and the events it caused. */
    public record CheckedIn(Round round, RoundPoint point, List<Checklist.Judged> judged, List<DomainEvent> events) {
    }

    /**
     * An inspector checks a point. The tag must be the point's own: the scan is the proof of presence. A position
     * outside the point's radius (or none where the point has one) is accepted and flagged, not refused: GPS is off by
     * tens of metres in pump rooms, garages and stairwells, where most points are, and refusing would lose a reading
     * that may be abnormal; the flag is on the board and in the record for the supervisor to judge.
     */
    public CheckedIn checkIn(String pointId, Proof proof, String by, Instant at, Supplier<String> eventIds) {
        RoundPoint point = point(pointId);
        if (!isOpen()) {
            throw new ConflictException("round-closed", "round " + id + " is over");
        }
        if (point.checked()) {
            throw new ConflictException("point-checked", "point " + pointId + " was checked at " + point.checkedAt());
        }
        if (proof.tag() == null || !proof.tag().equals(point.tag())) {
            throw new RuleViolationException("tag-mismatch", "tag", "the tag scanned is not point " + point.name() + "'s");
        }
        List<Checklist.Judged> judged = point.checklist().judge(proof.answers());
        int abnormal = (int) judged.stream().filter(Checklist.Judged::abnormal).count();
        RoundPoint checked = point.checkedIn(at, by, proof.answers(), proof.photoIds(), proof.position(), abnormal);
        List<RoundPoint> next = points.stream().map(p -> p.pointId().equals(pointId) ? checked : p).toList();
        Round after = withPoints(next, status, completedAt);
        List<DomainEvent> events = new ArrayList<>();
        if (next.stream().allMatch(RoundPoint::checked)) {
            after = after.completed(at, eventIds, events);
        }
        return new CheckedIn(after.nextVersion(), checked, judged, events);
    }

    /** What the watch did with the round: the round after it and the events it caused; none when nothing was due. */
    public record Watched(Round round, List<DomainEvent> events) {
    }

    /**
     * The watch at {@code now}: every point whose window has ended unchecked is missed, and announced once; a round
     * whose window has ended is over. The round it answers is one version up, to be written over this one.
     */
    public Watched watch(Instant now, Supplier<String> eventIds) {
        List<DomainEvent> events = new ArrayList<>();
        List<RoundPoint> next = new ArrayList<>(points.size());
        for (RoundPoint point : points) {
            if (isOpen() && point.awaitingCheck() && !point.windowEnd().isAfter(now)) {
                next.add(point.missed(now));
                events.add(new RoundPointMissed(eventIds.get(), id, now, communityId, routeName, point.pointId(),
                        point.name(), point.locationName(), supervisorId, assigneeIds, point.windowEnd()));
            } else {
                next.add(point);
            }
        }
        Round after = events.isEmpty() ? this : withPoints(next, status, completedAt);
        if (isOpen() && !windowEnd.isAfter(now)) {
            after = after.completed(now, eventIds, events);
        }
        return new Watched(after.nextVersion(), events);
    }

    /** When the watch next has something to do: the earliest end of a window not yet checked or missed; empty when over. */
    public Optional<Instant> nextWatchAt() {
        if (!isOpen()) {
            return Optional.empty();
        }
        return points.stream().filter(RoundPoint::awaitingCheck).map(RoundPoint::windowEnd)
                .min(Comparator.naturalOrder()).or(() -> Optional.of(windowEnd))
                .map(end -> end.isAfter(windowEnd) ? windowEnd : end);
    }

    private Round completed(Instant at, Supplier<String> eventIds, List<DomainEvent> events) {
        Round done = new Round(id, communityId, routeId, routeName, category, planId, taskId, date, windowStart,
                windowEnd, supervisorId, assigneeIds, points, Status.COMPLETED, at, version);
        events.add(new RoundCompleted(eventIds.get(), id, at, communityId, routeId, routeName, planId, supervisorId,
                assigneeIds, windowStart, windowEnd, points.size(), done.count(RoundPoint.Outcome.EARLY),
                done.count(RoundPoint.Outcome.ON_TIME), done.count(RoundPoint.Outcome.LATE),
                (int) points.stream().filter(point -> !point.checked()).count(), done.abnormalAnswers(), done.score()));
        return done;
    }

    private Round withPoints(List<RoundPoint> next, Status nextStatus, Instant nextCompletedAt) {
        return new Round(id, communityId, routeId, routeName, category, planId, taskId, date, windowStart, windowEnd,
                supervisorId, assigneeIds, next, nextStatus, nextCompletedAt, version);
    }

    /** The round as its next write stores it: every write is one version up. */
    private Round nextVersion() {
        return new Round(id, communityId, routeId, routeName, category, planId, taskId, date, windowStart, windowEnd,
                supervisorId, assigneeIds, points, status, completedAt, version + 1);
    }

    public int count(RoundPoint.Outcome outcome) {
        return (int) points.stream().filter(point -> point.outcome() == outcome).count();
    }

    public int abnormalAnswers() {
        return points.stream().mapToInt(RoundPoint::abnormalAnswers).sum();
    }

    /** The share of points checked early or on time, in percent rounded down. */
    public int score() {
        return (count(RoundPoint.Outcome.EARLY) + count(RoundPoint.Outcome.ON_TIME)) * 100 / points.size();
    }

    /** Whether the person walks the round or supervises it. */
    public boolean concerns(String personId) {
        return assigneeIds.contains(personId) || personId.equals(supervisorId);
    }
}
