package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A point of an inspection round (巡检) was not checked by the end of its window: published within one watch tick of
 * that moment, once per round and point, so that the round's supervisor hears of it while it can still be put right
 * rather than from a nightly sweep. A check-in after it is still recorded, as late.
 *
 * @param aggregateId  the round id
 * @param routeName    the route the round walks, e.g. {@code 3号楼 设备房日检}
 * @param pointId      the point missed
 * @param pointName    the point as staff say it, e.g. {@code 2号生活水泵}
 * @param locationName where the point is, e.g. {@code 3号楼 水泵房}; null when the route gave none
 * @param supervisorId the round's supervisor, who is alerted; null when the round names none (then the community's
 *                     supervisors)
 * @param assigneeIds  the inspectors the round was assigned to; may be empty
 * @param windowEnd    when the point's window ended
 */
@EventType(value = "propertyops.facility.round-point-missed.v1", topic = Topics.FACILITY)
public record RoundPointMissed(String eventId, String aggregateId, Instant occurredAt, String communityId,
                               String routeName, String pointId, String pointName, String locationName,
                               String supervisorId, List<String> assigneeIds, Instant windowEnd)
        implements FacilityEvent {

    public RoundPointMissed {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(routeName, "routeName");
        requireNonNull(pointId, "pointId");
        requireNonNull(pointName, "pointName");
        requireNonNull(windowEnd, "windowEnd");
        assigneeIds = List.copyOf(requireNonNull(assigneeIds, "assigneeIds"));
    }
}
