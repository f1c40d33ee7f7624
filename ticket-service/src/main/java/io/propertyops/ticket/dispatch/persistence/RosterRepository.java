package io.propertyops.ticket.dispatch.persistence;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.starter.security.Roles;
import io.propertyops.ticket.dispatch.application.Roster;
import io.propertyops.ticket.dispatch.domain.Technician;
import org.bson.Document;
import io.propertyops.starter.persistence.NewestEventWins;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Comparator;
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
class RosterRepository implements Roster {

    private static final String COLLECTION = "roster";
    /**
     * Per community ({@code _id}), everyone who was ever a technician there: a superset of its roster, read by
     * {@code _id}, so a community's roster is an {@code _id} look-up of a few entries instead of a search of every
     * person (residents included) that the embedded store answers with a scan. A person is added before their entry
     * says they are a technician there, so a crash between the two writes leaves the superset larger, never short;
     * the entries decide who is on the roster now.
     */
    private static final String MEMBERS = "roster_members";

    private final MongoTemplate mongo;
    private final NewestEventWins newestEventWins;

    RosterRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        this.newestEventWins = new NewestEventWins(mongo, COLLECTION);
    }

    @Override
    public void register(PersonRegistered event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.aggregateId(), event.roles(), event.communityIds())
                .set("name", event.name())
                .set("skills", event.skills())
                .set("onDuty", event.onDuty()));
    }

    @Override
    public void update(PersonUpdated event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update().set("name", event.name()));
    }

    @Override
    public void changeRoles(StaffRolesChanged event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.aggregateId(), event.roles(), event.communityIds()));
    }

    /** Bindings carry the person's whole roles and communities after them too; staying silent would leave them stale. */
    @Override
    public void bind(ResidentBound event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.aggregateId(), event.roles(), event.communityIds()));
    }

    @Override
    public void unbind(ResidentUnbound event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), reach(event.aggregateId(), event.roles(), event.communityIds()));
    }

    @Override
    public void changeSkills(StaffSkillsChanged event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update().set("skills", event.skills()));
    }

    @Override
    public void changeDuty(StaffOnDutyChanged event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update().set("onDuty", event.onDuty()));
    }

    /** The person leaves every roster; the entry stays, so a redelivered registration cannot bring them back. */
    @Override
    public void deactivate(PersonDeactivated event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update()
                .set("deactivatedAt", event.occurredAt())
                .set("technicianIn", List.of()));
    }

    /** The person's roles and communities; first, they join the members of each community they are a technician in. */
    private Update reach(String personId, List<String> roles, List<String> communityIds) {
        List<String> technicianIn = roles.contains(Roles.TECHNICIAN) ? communityIds : List.of();
        for (String community : technicianIn) {
            mongo.upsert(Query.query(Criteria.where("_id").is(community)), new Update().addToSet("personIds", personId), MEMBERS);
        }
        return new Update()
                .set("roles", roles)
                .set("communityIds", communityIds)
                .set("technicianIn", technicianIn);
    }

    /**
     * Applies a person event unless the entry has newer news already ({@link NewestEventWins}). Deactivation is a
     * person's last event, so nothing newer can undo it either.
     */
    private void apply(String personId, Instant at, String eventId, Update update) {
        newestEventWins.apply(personId, at, eventId, update);
    }

    /**
     * Counts the work once however often it is reported: a set of work, and the latest assignment time, both
     * unchanged by a repeat. An unknown technician gets an entry to hold it.
     */
    @Override
    public void assign(String technicianId, String workOrderId, Instant at) {
        Query byId = Query.query(Criteria.where("_id").is(technicianId));
        Update update = new Update().addToSet("openWorkOrderIds", workOrderId).max("lastAssignedAt", at);
        if (!upserted(byId, update)) {
            mongo.updateFirst(byId, update, RosterEntry.class);
        }
    }

    @Override
    public void release(String technicianId, String workOrderId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(technicianId)),
                new Update().pull("openWorkOrderIds", workOrderId), RosterEntry.class);
    }

    /** An upsert by id; false when a concurrent first write inserted the entry meanwhile (real MongoDB). */
    private boolean upserted(Query byId, Update update) {
        try {
            mongo.upsert(byId, update, RosterEntry.class);
            return true;
        } catch (DuplicateKeyException entryExists) {
            return false;
        }
    }

    @Override
    public List<Technician> technicians(String communityId) {
        Document members = mongo.findById(communityId, Document.class, MEMBERS);
        List<String> ids = members == null ? List.of() : members.getList("personIds", String.class, List.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), RosterEntry.class).stream()
                .filter(entry -> entry.technicianIn() != null && entry.technicianIn().contains(communityId))
                .sorted(Comparator.comparing(RosterEntry::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RosterEntry::id))
                .map(RosterEntry::toTechnician).toList();
    }

    @Override
    public Optional<Technician> technician(String id) {
        return Optional.ofNullable(mongo.findById(id, RosterEntry.class))
                .filter(RosterEntry::onRoster)
                .map(RosterEntry::toTechnician);
    }
}
