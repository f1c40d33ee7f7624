package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A work order (工单) was submitted: a repair request (报修), complaint, suggestion or inquiry
 * from an owner, resident or staff member, before anyone is dispatched.
 *
 * <p>The enumerations travel as strings so that consumers need none of ticket-service's types; the
 * allowed values are in the schema {@code /schemas/propertyops.ticket.created.v1.json}.
 *
 * @param aggregateId  the work order id
 * @param number       the number people say on the phone, e.g. {@code WO-20261123-0042}
 * @param unitId       the unit concerned; null for common areas
 * @param reporterName null when the reporter gave none
 * @param kind         {@code REPAIR}, {@code COMPLAINT}, {@code SUGGESTION}, {@code INQUIRY}, {@code PRAISE}
 * @param category     the trade or subject, e.g. {@code plumbing}
 * @param urgency      {@code EMERGENCY}, {@code URGENT}, {@code NORMAL} or {@code LOW}; sets the deadlines
 * @param channel      how it came in: {@code APP}, {@code HOTLINE}, {@code WALK_IN}, {@code PORTAL},
 *                     {@code INSPECTION} or {@code API}
 * @param description  may be null
 * @param location     where in the unit or common area, may be null
 * @param parentId     for a sub-task another team does under a lead work order, the lead's id; null otherwise
 * @param equipmentId  the equipment (设施设备) it is about, from facility's ledger; null when none is named
 */
@EventType(value = "propertyops.ticket.created.v1", topic = Topics.TICKET)
public record WorkOrderCreated(
        String eventId,
        String aggregateId,
        Instant occurredAt,
        String number,
        String communityId,
        String unitId,
        String reporterId,
        String reporterName,
        String kind,
        String category,
        String urgency,
        String channel,
        String title,
        String description,
        String location,
        String parentId,
        String equipmentId) implements WorkOrderEvent {

    /** A work order of its own, not a sub-task. */
    public WorkOrderCreated(String eventId, String aggregateId, Instant occurredAt, String number, String communityId,
                            String unitId, String reporterId, String reporterName, String kind, String category,
                            String urgency, String channel, String title, String description, String location) {
        this(eventId, aggregateId, occurredAt, number, communityId, unitId, reporterId, reporterName, kind, category,
                urgency, channel, title, description, location, null, null);
    }

    /** A work order about no particular equipment. */
    public WorkOrderCreated(String eventId, String aggregateId, Instant occurredAt, String number, String communityId,
                            String unitId, String reporterId, String reporterName, String kind, String category,
                            String urgency, String channel, String title, String description, String location,
                            String parentId) {
        this(eventId, aggregateId, occurredAt, number, communityId, unitId, reporterId, reporterName, kind, category,
                urgency, channel, title, description, location, parentId, null);
    }

    public WorkOrderCreated {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(number, "number");
        requireNonNull(communityId, "communityId");
        requireNonNull(reporterId, "reporterId");
        requireNonNull(kind, "kind");
        requireNonNull(category, "category");
        requireNonNull(urgency, "urgency");
        requireNonNull(channel, "channel");
        requireNonNull(title, "title");
    }
}
