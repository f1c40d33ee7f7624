package io.propertyops.notification.directory.persistence;

import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.notification.directory.application.CommunityStructures;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The communities' structures in {@code community_structures}, one document per community. */
@Component
class MongoCommunityStructures implements CommunityStructures {

    /** A community's structure as stored ({@link io.propertyops.notification.directory.domain.CommunityStructure}). */
    @Document("community_structures")
    record CommunityStructureDocument(@Id String id, String name, long version, List<Building> buildings) {

        record Building(@Indexed String buildingId, String name, List<String> unitIds) {
        }
    }

    private final MongoTemplate mongo;

    MongoCommunityStructures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void apply(CommunityStructureChanged event) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(event.aggregateId()).orOperator(
                Criteria.where("version").exists(false), Criteria.where("version").lt(event.version())));
        List<CommunityStructureDocument.Building> buildings = event.buildings().stream()
                .map(b -> new CommunityStructureDocument.Building(b.buildingId(), b.name(), b.unitIds())).toList();
        try {
            mongo.upsert(olderOrNone, new Update().set("name", event.name()).set("version", event.version())
                    .set("buildings", buildings), CommunityStructureDocument.class);
        } catch (DuplicateKeyException newerKept) {
            // the community is kept at this or a newer version: this snapshot is not newer
        }
    }

    @Override
    public Set<String> unknownBuildings(Collection<String> communityIds, Collection<String> buildingIds) {
        Set<String> unknown = new LinkedHashSet<>(buildingIds);
        for (CommunityStructureDocument community : mongo.find(Query.query(Criteria.where("_id").in(communityIds)),
                CommunityStructureDocument.class)) {
            community.buildings().forEach(building -> unknown.remove(building.buildingId()));
        }
        return unknown;
    }

    @Override
    public Set<String> unitsIn(Collection<String> buildingIds) {
        Set<String> units = new LinkedHashSet<>();
        for (CommunityStructureDocument community : mongo.find(Query.query(Criteria.where("buildings.buildingId").in(buildingIds)),
                CommunityStructureDocument.class)) {
            community.buildings().stream().filter(building -> buildingIds.contains(building.buildingId()))
                    .forEach(building -> units.addAll(building.unitIds()));
        }
        return units;
    }
}
