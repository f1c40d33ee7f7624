package io.propertyops.notification.directory;

import io.propertyops.events.facility.CommunityStructureChanged;
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

/**
 * Which units are in which building of each community, kept from facility-service's structure snapshots, so that
 * an announcement to some buildings finds their residents without asking facility-service.
 */
@Component
public class CommunityStructures {

    private final MongoTemplate mongo;

    CommunityStructures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Keeps the snapshot unless a newer one is kept already; each snapshot is the whole structure, so a redelivered
     * or late older one changes nothing.
     */
    public void apply(CommunityStructureChanged event) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(event.aggregateId()).orOperator(
                Criteria.where("version").exists(false), Criteria.where("version").lt(event.version())));
        List<CommunityStructure.Building> buildings = event.buildings().stream()
                .map(b -> new CommunityStructure.Building(b.buildingId(), b.name(), b.unitIds())).toList();
        try {
            mongo.upsert(olderOrNone, new Update().set("name", event.name()).set("version", event.version())
                    .set("buildings", buildings), CommunityStructure.class);
        } catch (DuplicateKeyException newerKept) {
            // the community is kept at this or a newer version: this snapshot is not newer
        }
    }

    /** The building ids among {@code buildingIds} that no community of {@code communityIds} has. */
    public Set<String> unknownBuildings(Collection<String> communityIds, Collection<String> buildingIds) {
        Set<String> unknown = new LinkedHashSet<>(buildingIds);
        for (CommunityStructure community : mongo.find(Query.query(Criteria.where("_id").in(communityIds)),
                CommunityStructure.class)) {
            community.buildings().forEach(building -> unknown.remove(building.buildingId()));
        }
        return unknown;
    }

    /** The ids of every unit in these buildings. */
    public Set<String> unitsIn(Collection<String> buildingIds) {
        Set<String> units = new LinkedHashSet<>();
        for (CommunityStructure community : mongo.find(Query.query(Criteria.where("buildings.buildingId").in(buildingIds)),
                CommunityStructure.class)) {
            community.buildings().stream().filter(building -> buildingIds.contains(building.buildingId()))
                    .forEach(building -> units.addAll(building.unitIds()));
        }
        return units;
    }
}
