package io.propertyops.facility.estate.persistence;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A community as stored, with the events of its last changes waiting until the outbox relay has sent them. */
@Document(CommunityDocument.COLLECTION)
record CommunityDocument(@Id String id, String name, String city, String district, String address,
                         List<Community.Building> buildings, List<Community.CommonArea> commonAreas, long version,
                         List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "communities";

    static CommunityDocument of(Community community, List<OutboxMessage> events) {
        return new CommunityDocument(community.id(), community.name(), community.city(), community.district(),
                community.address(), community.buildings(), community.commonAreas(), community.version(), events);
    }

    Community toDomain() {
        return new Community(id, name, city, district, address, buildings, commonAreas, version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
