package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * Something abnormal was found about a place or a piece of equipment and needs work: an abnormal answer on an
 * inspection round (巡检), a failed preventive-maintenance item, a device's alarm, an implausible meter reading —
 * later also site security's and feedback's findings. ticket-service turns findings into work orders, one per open
 * problem: while a work order for the same equipment (or, without equipment, the same location) and fault type is
 * open, a further finding adds its evidence and an occurrence to it instead of opening another.
 *
 * @param aggregateId  the finding id
 * @param source       {@code INSPECTION}, {@code MAINTENANCE}, {@code DEVICE}, {@code METER}, {@code SECURITY},
 *                     {@code FEEDBACK} or {@code MANUAL}
 * @param locationKind where: {@code COMMUNITY}, {@code BUILDING}, {@code UNIT}, {@code COMMON_AREA},
 *                     {@code PARKING_AREA}, {@code PARKING_SPACE}
 * @param locationId   the id of that place
 * @param locationName the place as staff say it, e.g. {@code 3号楼 水泵房}
 * @param equipmentId  the equipment concerned; null when the finding is about a place only
 * @param faultType    what is wrong, a stable code within the source, e.g. {@code pump.pressure-low}; with the
 *                     equipment or location it decides which findings are the same problem
 * @param category     the trade that fixes it (the work order's category), e.g. {@code plumbing}
 * @param severity     {@code LOW}, {@code MEDIUM}, {@code HIGH} or {@code CRITICAL}; sets the work order's urgency
 * @param reporterId   the person who found it, or {@code system} for a device or a rule
 * @param evidence     what shows it: answers, photos, values, alarm codes
 */
@EventType(value = "propertyops.facility.finding-reported.v1", topic = Topics.FACILITY)
public record FindingReported(String eventId, String aggregateId, Instant occurredAt, String communityId,
                              String source, String locationKind, String locationId, String locationName,
                              String equipmentId, String faultType, String category, String severity, String title,
                              String detail, String reporterId, List<Evidence> evidence) implements FacilityEvent {

    public FindingReported {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(source, "source");
        requireNonNull(locationKind, "locationKind");
        requireNonNull(locationId, "locationId");
        requireNonNull(faultType, "faultType");
        requireNonNull(category, "category");
        requireNonNull(severity, "severity");
        requireNonNull(title, "title");
        requireNonNull(reporterId, "reporterId");
        evidence = List.copyOf(requireNonNull(evidence, "evidence"));
    }

    /**
     * One piece of evidence.
     *
     * @param kind  {@code ANSWER}, {@code VALUE}, {@code PHOTO}, {@code ALARM} or {@code TEXT}
     * @param label what it is, e.g. the checklist item {@code 出水压力}
     * @param value the answer, the value with its unit, a photo id, an alarm code
     */
    public record Evidence(String kind, String label, String value) {

        public Evidence {
            requireNonNull(kind, "kind");
            requireNonNull(value, "value");
        }
    }
}
