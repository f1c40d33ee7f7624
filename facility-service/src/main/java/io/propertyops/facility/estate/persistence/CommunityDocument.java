package io.propertyops.facility.estate.persistence;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A community as stored, with its buildings, common areas and parking areas, and the events of its last changes
 * waiting until the outbox relay has sent them. {@code version} is absent in a community stored before
 * structures were versioned.
 */
@Document(CommunityDocument.COLLECTION)
record CommunityDocument(@Id String id, String name, String city, String district, String address,
                         List<Community.Building> buildings, List<Community.CommonArea> commonAreas,
                         List<Community.ParkingArea> parkingAreas, Long version,
                         List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "communities";

    static CommunityDocument of(Community community, List<OutboxMessage> events) {
        return new CommunityDocument(community.id(), community.name(), community.city(), community.district(),
                community.address(), community.buildings(), community.commonAreas(), community.parkingAreas(),
                community.version(), events);
    }

    Community toDomain() {
        return new Community(id, name, city, district, address, buildings, commonAreas, parkingAreas,
                version == null ? 0 : version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
