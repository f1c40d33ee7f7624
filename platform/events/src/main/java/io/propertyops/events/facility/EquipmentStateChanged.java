package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A piece of equipment of the ledger (设施设备台账) changed its state: put into standby, down (停机, a failure),
 * under maintenance, idle, back in operation, or scrapped (报废, after a property manager approved it). Published once
 * per change, at the equipment's version after it.
 *
 * @param aggregateId  the equipment id
 * @param code         the ledger code staff say, unique in the community, e.g. {@code PUMP-03-02}
 * @param name         e.g. {@code 3号楼 2号生活水泵}
 * @param locationName where it is, as staff say it, e.g. {@code 3号楼 水泵房}; null when none was given
 * @param from         the state before: {@code OPERATIONAL}, {@code STANDBY}, {@code DOWN},
 *                     {@code UNDER_MAINTENANCE}, {@code IDLE} or {@code SCRAPPED}
 * @param to           the state after, one of the same
 * @param reason       why, in words; for a change a work order caused, what was done
 * @param workOrderId  the work order concerned (the one that fixed it, or the one it went under maintenance for);
 *                     null when none
 * @param actorId      the person id of whoever changed it, or {@code system} for a change a work order's
 *                     resolution caused
 * @param version      the equipment's version after the change
 */
@EventType(value = "propertyops.facility.equipment-state-changed.v1", topic = Topics.FACILITY)
public record EquipmentStateChanged(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                    String code, String name, String locationName, String from, String to,
                                    String reason, String workOrderId, String actorId, long version)
        implements FacilityEvent {

    public EquipmentStateChanged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(reason, "reason");
        requireNonNull(actorId, "actorId");
    }
}
