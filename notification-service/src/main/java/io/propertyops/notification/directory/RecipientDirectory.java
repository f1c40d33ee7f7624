package io.propertyops.notification.directory;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffRolesChanged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recipient directory: who works where in which role, kept from security-service's events; who holds a role
 * in a community is read from its {@link StaffRoles}.
 */
@Component
public class RecipientDirectory {

    private final MongoTemplate mongo;
    private final StaffRoles staff;

    RecipientDirectory(MongoTemplate mongo, StaffRoles staff) {
        this.mongo = mongo;
        this.staff = staff;
    }

    /** Idempotent: replaying the same or an older registration never moves a recipient backwards. */
    public void register(PersonRegistered event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update()
                .set("name", event.name())
                .set("phone", event.phone())
                .set("email", event.email())
                .set("roles", event.roles())
                .set("communityIds", event.communityIds())
                .set("unitIds", event.unitIds()));
    }

    public void update(PersonUpdated event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update()
                .set("name", event.name())
                .set("phone", event.phone())
                .set("email", event.email()));
    }

    /** A binding's start or end: the event carries the person's whole reach after it. */
    public void bind(ResidentBound event) {
        reach(event.aggregateId(), event.occurredAt(), event.eventId(), event.roles(), event.communityIds(), event.unitIds());
    }

    public void unbind(ResidentUnbound event) {
        reach(event.aggregateId(), event.occurredAt(), event.eventId(), event.roles(), event.communityIds(), event.unitIds());
    }

    public void changeRoles(StaffRolesChanged event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update()
                .set("roles", event.roles())
                .set("communityIds", event.communityIds()));
    }

    private void reach(String personId, Instant at, String eventId, List<String> roles, List<String> communityIds,
                       List<String> unitIds) {
        apply(personId, at, eventId, new Update()
                .set("roles", roles)
                .set("communityIds", communityIds)
                .set("unitIds", unitIds));
    }

    /**
     * Applies a person event unless the recipient has newer news already. Each event of a person carries what it
     * changes in full, so the newest event wins and a redelivered or replayed older one changes nothing. The write
     * is conditional on the version read ({@code _id} and {@code updatedAt}, a unique index), so it is served by an
     * index on the embedded store too, and a concurrent change makes it read again.
     */
    private void apply(String personId, Instant at, String eventId, Update update) {
        update.set("updatedAt", at).set("lastEventId", eventId);
        while (true) {
            Recipient current = mongo.findById(personId, Recipient.class);
            if (current != null && current.updatedAt() != null && current.updatedAt().isAfter(at)) {
                return; // the recipient has newer news: this event is older
            }
            Criteria unchanged = Criteria.where("_id").is(personId);
            unchanged = current != null && current.updatedAt() == null ? unchanged.and("updatedAt").exists(false)
                    : unchanged.and("updatedAt").is(current == null ? null : current.updatedAt());
            try {
                Recipient applied = mongo.findAndModify(Query.query(unchanged), update,
                        FindAndModifyOptions.options().upsert(current == null).returnNew(true), Recipient.class);
                if (applied != null) {
                    staff.follow(applied);
                    return;
                }
            } catch (DuplicateKeyException insertedMeanwhile) {
                // another write created the recipient first: read it and decide again
            }
        }
    }

    /** A deactivated person gets no more messages; idempotent, and a late registration cannot revive them. */
    public void deactivate(PersonDeactivated event) {
        staff.follow(mongo.findAndModify(Query.query(Criteria.where("_id").is(event.aggregateId())),
                new Update().set("deactivatedAt", event.occurredAt()).set("updatedAt", event.occurredAt()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Recipient.class));
    }

    /** A person who may still be told things: known and not deactivated. */
    public Optional<Recipient> reachable(String personId) {
        return Optional.ofNullable(mongo.findById(personId, Recipient.class)).filter(r -> r.deactivatedAt() == null);
    }

    /** Those of these people who may still be told things, by id, in one read. */
    public Map<String, Recipient> reachableAmong(Collection<String> personIds) {
        Map<String, Recipient> reachable = new HashMap<>();
        if (!personIds.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(personIds)), Recipient.class).stream()
                    .filter(recipient -> recipient.deactivatedAt() == null)
                    .forEach(recipient -> reachable.put(recipient.id(), recipient));
        }
        return reachable;
    }

    /**
     * The active owners and residents of these communities ({@code null}: of every community), narrowed to those
     * bound to one of {@code unitIds} unless that is {@code null}; streamed with only their id and phone, so that
     * tens of thousands never sit in memory at once. Close the stream.
     */
    public Stream<Recipient> residentsOf(Collection<String> communityIds, Collection<String> unitIds) {
        Query residents = Query.query(Criteria.where("roles").in("OWNER", "RESIDENT").and("deactivatedAt").is(null));
        if (communityIds != null) {
            residents.addCriteria(Criteria.where("communityIds").in(communityIds));
        }
        if (unitIds != null) {
            residents.addCriteria(Criteria.where("unitIds").in(unitIds));
        }
        residents.fields().include("_id").include("phone");
        return mongo.stream(residents, Recipient.class);
    }
}
