package io.propertyops.ticket.dispatch;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.starter.security.Roles;
import io.propertyops.ticket.dispatch.domain.Technician;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The roster read model, kept from security-service's person events, and the load of each technician.
 *
 * <p>Everyone security-service announces is kept, not only technicians: the events carry a person piecemeal (the
 * name at registration, the duty in its own event), so someone given the TECHNICIAN role later must already have
 * their name and duty on record. Who is on a community's roster is decided when roles or communities change.
 */
@Repository
class RosterRepository {

    private final MongoTemplate mongo;

    RosterRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void register(PersonRegistered event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.roles(), event.communityIds())
                .set("name", event.name())
                .set("skills", event.skills())
                .set("onDuty", event.onDuty()));
    }

    void update(PersonUpdated event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update().set("name", event.name()));
    }

    void changeRoles(StaffRolesChanged event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.roles(), event.communityIds()));
    }

    /** Bindings carry the person's whole roles and communities after them too; staying silent would leave them stale. */
    void bind(ResidentBound event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.roles(), event.communityIds()));
    }

    void unbind(ResidentUnbound event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.roles(), event.communityIds()));
    }

    void changeSkills(StaffSkillsChanged event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update().set("skills", event.skills()));
    }

    void changeDuty(StaffOnDutyChanged event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update().set("onDuty", event.onDuty()));
    }

    /** The person leaves every roster; the entry stays, so a redelivered registration cannot bring them back. */
    void deactivate(PersonDeactivated event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update()
                .set("deactivatedAt", event.occurredAt())
                .set("technicianIn", List.of()));
    }

    private static Update reach(List<String> roles, List<String> communityIds) {
        return new Update()
                .set("roles", roles)
                .set("communityIds", communityIds)
                .set("technicianIn", roles.contains(Roles.TECHNICIAN) ? communityIds : List.of());
    }

    /**
     * Applies a person event unless the entry has newer news already. Each event carries what it changes in full
     * and a person's events arrive in order, so the newest wins and a redelivered older one changes nothing.
     * Deactivation is a person's last event, so nothing newer can undo it either.
     */
    private void apply(String personId, Instant at, String eventId, Update update) {
        Query unchangedSince = Query.query(Criteria.where("_id").is(personId)
                .orOperator(Criteria.where("updatedAt").exists(false), Criteria.where("updatedAt").lte(at)));
        upsertOrUpdate(unchangedSince, update.set("updatedAt", at).set("lastEventId", eventId));
    }

    /** Counts the work once however often it is reported; an unknown technician gets an entry to hold it. */
    void assign(String technicianId, String workOrderId, Instant at) {
        upsertOrUpdate(Query.query(Criteria.where("_id").is(technicianId).and("openWorkOrderIds").ne(workOrderId)),
                new Update().addToSet("openWorkOrderIds", workOrderId).set("lastAssignedAt", at));
    }

    void release(String technicianId, String workOrderId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(technicianId)),
                new Update().pull("openWorkOrderIds", workOrderId), RosterEntry.class);
    }

    /**
     * An upsert whose query does not match an existing entry tries to insert it again and fails on the id: the
     * entry is newer, or already has the work, and nothing should change — unless it was inserted by a concurrent
     * first write, which the same guarded update then finds.
     */
    private void upsertOrUpdate(Query guarded, Update update) {
        try {
            mongo.upsert(guarded, update, RosterEntry.class);
        } catch (DuplicateKeyException entryExists) {
            mongo.updateFirst(guarded, update, RosterEntry.class);
        }
    }

    List<Technician> technicians(String communityId) {
        return mongo.find(Query.query(Criteria.where("technicianIn").is(communityId)).with(Sort.by("name", "id")),
                RosterEntry.class).stream().map(RosterEntry::toTechnician).toList();
    }

    Optional<Technician> technician(String id) {
        return Optional.ofNullable(mongo.findById(id, RosterEntry.class))
                .filter(RosterEntry::onRoster)
                .map(RosterEntry::toTechnician);
    }
}
