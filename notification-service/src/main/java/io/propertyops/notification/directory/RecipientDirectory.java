package io.propertyops.notification.directory;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffRolesChanged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The recipient directory: who works where in which role, kept from security-service's events. */
@Component
public class RecipientDirectory {

    private final MongoTemplate mongo;

    RecipientDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
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
     * changes in full, so the newest event wins and a redelivered or replayed older one changes nothing.
     */
    private void apply(String personId, Instant at, String eventId, Update update) {
        Query unchangedSince = Query.query(Criteria.where("_id").is(personId)
                .orOperator(Criteria.where("updatedAt").exists(false), Criteria.where("updatedAt").lte(at)));
        try {
            mongo.upsert(unchangedSince, update.set("updatedAt", at).set("lastEventId", eventId), Recipient.class);
        } catch (DuplicateKeyException newerNewsKept) {
            // the recipient exists with newer news: this event is older
        }
    }

    /** A deactivated person gets no more messages; idempotent, and a late registration cannot revive them. */
    public void deactivate(PersonDeactivated event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.aggregateId())),
                new Update().set("deactivatedAt", event.occurredAt()).set("updatedAt", event.occurredAt()),
                Recipient.class);
    }

    /** A person who may still be told things: known and not deactivated. */
    public Optional<Recipient> reachable(String personId) {
        return Optional.ofNullable(mongo.findById(personId, Recipient.class)).filter(r -> r.deactivatedAt() == null);
    }

    public List<Recipient> withRoleIn(String role, String communityId) {
        return mongo.find(Query.query(Criteria.where("roles").is(role).and("communityIds").is(communityId)
                .and("deactivatedAt").is(null)), Recipient.class);
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
