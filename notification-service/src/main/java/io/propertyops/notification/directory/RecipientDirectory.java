package io.propertyops.notification.directory;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/** The recipient directory: who works where in which role, kept from security-service's events. */
@Component
public class RecipientDirectory {

    private final MongoTemplate mongo;

    RecipientDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Idempotent: replaying the same or an older registration never moves a recipient backwards. */
    public void register(PersonRegistered event) {
        Query unchangedSince = Query.query(Criteria.where("_id").is(event.aggregateId())
                .orOperator(Criteria.where("updatedAt").exists(false), Criteria.where("updatedAt").lte(event.occurredAt())));
        Update update = new Update()
                .set("name", event.name())
                .set("phone", event.phone())
                .set("email", event.email())
                .set("roles", event.roles())
                .set("communityIds", event.communityIds())
                .set("unitIds", event.unitIds())
                .set("updatedAt", event.occurredAt())
                .set("lastEventId", event.eventId());
        try {
            mongo.upsert(unchangedSince, update, Recipient.class);
        } catch (DuplicateKeyException newerRegistrationKept) {
            // the recipient exists with a newer registration: this event is older news
        }
    }

    /** A deactivated person gets no more messages; idempotent, and a late registration cannot revive them. */
    public void deactivate(PersonDeactivated event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.aggregateId())),
                new Update().set("deactivatedAt", event.occurredAt()).set("updatedAt", event.occurredAt()),
                Recipient.class);
    }

    public List<Recipient> withRoleIn(String role, String communityId) {
        return mongo.find(Query.query(Criteria.where("roles").is(role).and("communityIds").is(communityId)
                .and("deactivatedAt").is(null)), Recipient.class);
    }
}
