package io.propertyops.facility.estate;

import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import io.propertyops.starter.outbox.StateUpdate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records communities and their units, and publishes a community's whole structure each time it changes — once
 * per change: an unchanged community writes nothing, and two writers of the same change race on the version, so
 * only one of them records the event.
 */
@Service
class EstateStructure {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxRelay relay;
    private final Clock clock;

    EstateStructure(MongoTemplate mongo, OutboxMessages outbox, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * Records a community as it is now, with its units (each building naming all of them); returns how many
     * documents were new or changed.
     */
    int record(Community community, List<Unit> units) {
        int written = 0;
        for (Unit unit : units) {
            written += Effects.insertOnce(mongo, unit) ? 1 : 0;
        }
        Community stored = mongo.findById(community.id(), Community.class);
        if (stored == null) {
            return written + (Effects.insertOnce(mongo, published(community.asVersion(1))) ? 1 : 0);
        }
        if (stored.sameStructureAs(community)) {
            return written;
        }
        Community next = published(community.asVersion(stored.version() + 1));
        // a community stored before structures were versioned has no version field yet
        Criteria unchanged = stored.version() == 0 ? Criteria.where("version").exists(false)
                : Criteria.where("version").is(stored.version());
        boolean changed = mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.id())).addCriteria(unchanged),
                StateUpdate.of(mongo.getConverter(), next, next.getPendingEvents(), "version", next.version()),
                Community.class).getModifiedCount() == 1;
        if (changed) {
            relay.publishSoon(Community.COLLECTION, next.id());
        }
        return written + (changed ? 1 : 0);
    }

    private Community published(Community community) {
        return community.withPending(outbox.of(List.of(community.structureChanged(UUID.randomUUID().toString(),
                clock.instant()))));
    }
}
