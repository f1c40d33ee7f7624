package io.propertyops.notification.directory.persistence;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.notification.directory.application.RecipientDirectory;
import io.propertyops.notification.directory.domain.Recipient;
import io.propertyops.starter.persistence.NewestEventWins;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
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
 * The recipient directory in {@code recipients}; who holds a role in a community is kept beside it by
 * {@link MongoStaffRoles}.
 */
@Component
class MongoRecipientDirectory implements RecipientDirectory {

    /** A recipient as stored. */
    @Document("recipients")
    // a person event is applied only over the version it read: trivially unique, it lets the embedded store find it
    @CompoundIndex(name = "id_updated", def = "{'_id': 1, 'updatedAt': 1}", unique = true)
    record RecipientDocument(@Id String id, String name, String phone, String email, List<String> roles,
                             @Indexed List<String> communityIds, List<String> unitIds, Instant updatedAt,
                             String lastEventId, Instant deactivatedAt, List<String> staffIn) {

        Recipient recipient() {
            return new Recipient(id, name, phone, email, roles, communityIds, unitIds, updatedAt, lastEventId,
                    deactivatedAt, staffIn);
        }
    }

    private final MongoTemplate mongo;
    private final NewestEventWins newestEventWins;
    private final MongoStaffRoles staff;

    MongoRecipientDirectory(MongoTemplate mongo, MongoStaffRoles staff) {
        this.mongo = mongo;
        this.newestEventWins = new NewestEventWins(mongo, "recipients");
        this.staff = staff;
    }

    @Override
    public void register(PersonRegistered event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update()
                .set("name", event.name())
                .set("phone", event.phone())
                .set("email", event.email())
                .set("roles", event.roles())
                .set("communityIds", event.communityIds())
                .set("unitIds", event.unitIds()));
    }

    @Override
    public void update(PersonUpdated event) {
        apply(event.aggregateId(), event.occurredAt(), event.eventId(), new Update()
                .set("name", event.name())
                .set("phone", event.phone())
                .set("email", event.email()));
    }

    @Override
    public void bind(ResidentBound event) {
        reach(event.aggregateId(), event.occurredAt(), event.eventId(), event.roles(), event.communityIds(), event.unitIds());
    }

    @Override
    public void unbind(ResidentUnbound event) {
        reach(event.aggregateId(), event.occurredAt(), event.eventId(), event.roles(), event.communityIds(), event.unitIds());
    }

    @Override
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

    /** Applies a person event unless the recipient has newer news already ({@link NewestEventWins}). */
    private void apply(String personId, Instant at, String eventId, Update update) {
        newestEventWins.apply(personId, at, eventId, update).ifPresent(written ->
                staff.follow(mongo.getConverter().read(RecipientDocument.class, written).recipient()));
    }

    @Override
    public void deactivate(PersonDeactivated event) {
        staff.follow(mongo.findAndModify(Query.query(Criteria.where("_id").is(event.aggregateId())),
                new Update().set("deactivatedAt", event.occurredAt()).set("updatedAt", event.occurredAt()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), RecipientDocument.class).recipient());
    }

    @Override
    public Optional<Recipient> reachable(String personId) {
        return Optional.ofNullable(mongo.findById(personId, RecipientDocument.class)).map(RecipientDocument::recipient)
                .filter(Recipient::reachable);
    }

    @Override
    public Map<String, Recipient> reachableAmong(Collection<String> personIds) {
        Map<String, Recipient> reachable = new HashMap<>();
        if (!personIds.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(personIds)), RecipientDocument.class).stream()
                    .map(RecipientDocument::recipient).filter(Recipient::reachable)
                    .forEach(recipient -> reachable.put(recipient.id(), recipient));
        }
        return reachable;
    }

    @Override
    public Stream<Recipient> residentsOf(Collection<String> communityIds, Collection<String> unitIds) {
        Query residents = Query.query(Criteria.where("roles").in("OWNER", "RESIDENT").and("deactivatedAt").is(null));
        if (communityIds != null) {
            residents.addCriteria(Criteria.where("communityIds").in(communityIds));
        }
        if (unitIds != null) {
            residents.addCriteria(Criteria.where("unitIds").in(unitIds));
        }
        residents.fields().include("_id").include("phone");
        return mongo.stream(residents, RecipientDocument.class).map(RecipientDocument::recipient);
    }
}
