package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A unit (房屋) was created or changed: its whole record as it is now — where it is, what it is, its state and its
 * areas. A whole snapshot at a rising {@code version}, so a read model keeps the newest and a redelivered or late
 * older one changes nothing. This is how the units' areas reach billing (fees by building area).
 *
 * @param aggregateId     the unit id
 * @param version         the unit's version, 1 when it was created and one more with every change
 * @param communityId     the community (小区) it is in
 * @param buildingId      the building (楼栋) it is in
 * @param number          as staff say it, unique in its building, e.g. {@code 3-1-602}
 * @param floor           the floor it is on (楼层); negative below ground
 * @param type            {@code RESIDENTIAL} 住宅, {@code SHOP} 商铺, {@code OFFICE}, {@code PARKING} 车位,
 *                        {@code STORAGE} 储藏室 or {@code OTHER}
 * @param state           {@code UNSOLD} 未售, {@code HANDED_OVER} 已交付, {@code RENOVATING} 装修中,
 *                        {@code OCCUPIED} 已入住, {@code RENTED} 出租 or {@code VACANT} 空置
 * @param buildingAreaSqm the building area (建筑面积) in m², a decimal string with two places, e.g. {@code "89.50"}
 * @param interiorAreaSqm the interior area (套内面积) in m², two places; null when not known
 */
@EventType(value = "propertyops.facility.unit-changed.v1", topic = Topics.FACILITY)
public record UnitChanged(String eventId, String aggregateId, Instant occurredAt, long version, String communityId,
                          String buildingId, String number, int floor, String type, String state,
                          String buildingAreaSqm, String interiorAreaSqm) implements FacilityEvent {

    public UnitChanged {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(buildingId, "buildingId");
        requireNonNull(number, "number");
        requireNonNull(type, "type");
        requireNonNull(state, "state");
        requireNonNull(buildingAreaSqm, "buildingAreaSqm");
    }
}
