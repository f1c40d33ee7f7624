package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An occurrence of a preventive-maintenance plan (计划性维护) is due: ticket-service opens one work order of kind
 * {@code PREVENTIVE_MAINTENANCE} for it, with its SLA and escalation. Published once per plan and occurrence (the
 * task id is derived from both), so a redelivery or a second replica never opens two.
 *
 * @param aggregateId  the task id: the plan id and the occurrence date
 * @param occurrence   the planned date of this occurrence (the community's calendar day)
 * @param locationKind where, as in {@link FindingReported}
 * @param equipmentId  the equipment maintained; null for a place
 * @param category     the trade that does it, e.g. {@code elevator}
 * @param checklist    the items to do and record, in order
 * @param dueAt        when the work must be done (the end of the plan's window)
 * @param assigneeIds  who the plan names to do it, first the preferred one; may be empty
 */
@EventType(value = "propertyops.facility.maintenance-task-due.v1", topic = Topics.FACILITY)
public record MaintenanceTaskDue(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                 String planId, String planName, LocalDate occurrence, String locationKind,
                                 String locationId, String locationName, String equipmentId, String category,
                                 String title, List<String> checklist, Instant dueAt, List<String> assigneeIds)
        implements FacilityEvent {

    public MaintenanceTaskDue {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(planId, "planId");
        requireNonNull(planName, "planName");
        requireNonNull(occurrence, "occurrence");
        requireNonNull(locationKind, "locationKind");
        requireNonNull(locationId, "locationId");
        requireNonNull(category, "category");
        requireNonNull(title, "title");
        requireNonNull(dueAt, "dueAt");
        checklist = List.copyOf(requireNonNull(checklist, "checklist"));
        assigneeIds = List.copyOf(requireNonNull(assigneeIds, "assigneeIds"));
    }
}
