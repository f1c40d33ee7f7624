package io.propertyops.facility.estate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;

/** A unit (房屋) in a building, numbered building-entrance-floor+room, e.g. {@code 1-1-601}. */
@Document("units")
@CompoundIndex(name = "community_building", def = "{'communityId': 1, 'buildingId': 1, 'number': 1}", unique = true)
public record Unit(@Id String id, String communityId, String buildingId, String number, int floor, BigDecimal areaSqm) {
}
