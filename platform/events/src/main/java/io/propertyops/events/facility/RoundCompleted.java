package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * An inspection round (巡检) is over: every point was checked, or its window ended. How each point went — checked
 * early, on time or late, or missed — and how many answers were abnormal (each of them a finding of its own).
 *
 * @param aggregateId     the round id
 * @param planId          the inspection plan the round came from; null for a round started by hand
 * @param supervisorId    the round's supervisor; null when it names none
 * @param points          how many points the route has
 * @param early           points checked before their window opened
 * @param onTime          points checked within their window
 * @param late            points checked after their window ended (each was announced missed first)
 * @param missed          points never checked
 * @param abnormalAnswers checklist answers outside their limits, failed or abnormal, over all points
 * @param score           0–100: the share of points checked early or on time, in percent, rounded down
 */
@EventType(value = "propertyops.facility.round-completed.v1", topic = Topics.FACILITY)
public record RoundCompleted(String eventId, String aggregateId, Instant occurredAt, String communityId,
                             String routeId, String routeName, String planId, String supervisorId,
                             List<String> assigneeIds, Instant windowStart, Instant windowEnd, int points, int early,
                             int onTime, int late, int missed, int abnormalAnswers, int score)
        implements FacilityEvent {

    public RoundCompleted {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(routeId, "routeId");
        requireNonNull(routeName, "routeName");
        requireNonNull(windowStart, "windowStart");
        requireNonNull(windowEnd, "windowEnd");
        assigneeIds = List.copyOf(requireNonNull(assigneeIds, "assigneeIds"));
    }
}
