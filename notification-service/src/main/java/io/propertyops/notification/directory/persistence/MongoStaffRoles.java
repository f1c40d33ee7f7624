package io.propertyops.notification.directory.persistence;

import io.propertyops.notification.directory.application.StaffRoles;
import io.propertyops.notification.directory.domain.CommunityRoles;
import io.propertyops.notification.directory.domain.Recipient;
import io.propertyops.notification.directory.persistence.MongoRecipientDirectory.RecipientDocument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Who holds a staff role in a community, read by the pair: one document per community and role, its id
 * {@code <communityId>/<role>}, holding the ids of the active people with that role there. The directory's roles
 * and communities are two arrays, which no index serves together (real MongoDB cannot index two arrays in one
 * index; the embedded store serves only a query whose fields equal a unique index's); an id is served by both.
 * Beside them, one document per unit ({@code unit:<unitId>}) holds its active owners and residents, so that a
 * message to a unit's residents is found by the unit's id, not by reading the directory.
 *
 * <p>It follows the directory: after each change of a person, the keys the person holds now are added and those
 * they held before (kept on the recipient as {@code staffIn}) are removed; {@code staffIn} is written last, so a
 * change interrupted half-way is completed when its event is handled again. Owners and residents are not staff:
 * they are listed by unit, never by role. When the collection has no unit yet at start (a store that predates
 * it), it is built again from the directory.
 */
@Component
class MongoStaffRoles implements StaffRoles, SmartInitializingSingleton {

    @Document("staff_roles")
    record StaffRole(@Id String id, String communityId, String role, List<String> memberIds) {
    }

    private final MongoTemplate mongo;

    MongoStaffRoles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, List<String>> members(Collection<String> keys) {
        Map<String, List<String>> members = new HashMap<>();
        if (!keys.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(keys)), StaffRole.class)
                    .forEach(role -> members.put(role.id(), role.memberIds() == null ? List.of() : role.memberIds()));
        }
        return members;
    }

    /** Brings the person's memberships in line with the directory's record of them, as it is now. */
    void follow(Recipient person) {
        follow(person, person.staffIn() == null ? Set.of() : new HashSet<>(person.staffIn()));
    }

    private void follow(Recipient person, Set<String> before) {
        Set<String> now = CommunityRoles.heldBy(person);
        if (now.equals(before)) {
            return;
        }
        BulkOperations changes = mongo.bulkOps(BulkMode.UNORDERED, StaffRole.class);
        for (String key : now) {
            if (!before.contains(key)) {
                Update member = new Update().addToSet("memberIds", person.id());
                if (!CommunityRoles.isUnitKey(key)) {
                    int slash = key.lastIndexOf('/');
                    member.setOnInsert("communityId", key.substring(0, slash)).setOnInsert("role", key.substring(slash + 1));
                }
                changes.upsert(Query.query(Criteria.where("_id").is(key)), member);
            }
        }
        for (String key : before) {
            if (!now.contains(key)) {
                changes.updateOne(Query.query(Criteria.where("_id").is(key)), new Update().pull("memberIds", person.id()));
            }
        }
        changes.execute();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(person.id())),
                new Update().set("staffIn", List.copyOf(now)), RecipientDocument.class);
    }

    /**
     * Builds the read model from the directory when it has no unit yet (a new store, or one from before units were
     * listed): before the listeners start. Adding is idempotent, so keys listed already stay as they are.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (mongo.exists(Query.query(Criteria.where("_id").regex("^" + CommunityRoles.unitKey(""))), StaffRole.class)) {
            return;
        }
        Query everyone = new Query();
        everyone.fields().include("_id", "roles", "communityIds", "unitIds", "staffIn", "deactivatedAt");
        List<Recipient> listed = new ArrayList<>();
        try (Stream<RecipientDocument> people = mongo.stream(everyone, RecipientDocument.class)) {
            people.map(RecipientDocument::recipient).filter(person -> !CommunityRoles.heldBy(person).isEmpty())
                    .forEach(listed::add);
        }
        listed.forEach(person -> follow(person, Set.of()));
    }
}
