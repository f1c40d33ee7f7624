package io.propertyops.facility.meter.persistence;

import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.facility.meter.application.PeriodStore;
import io.propertyops.facility.meter.domain.ReadingPeriod;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.persistence.ByIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The communities' reading months and their published consumption on MongoDB. */
@Repository
class MongoPeriodStore implements PeriodStore {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoPeriodStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public Map<String, ReadingPeriod> findAll(Collection<String> ids) {
        Map<String, ReadingPeriod> found = new HashMap<>();
        if (!ids.isEmpty()) {
            ByIds.find(mongo, ids, PeriodDocument.class)
                    .forEach(document -> found.put(document.id(), document.toDomain()));
        }
        return found;
    }

    @Override
    public Optional<ReadingPeriod> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PeriodDocument.class)).map(PeriodDocument::toDomain);
    }

    @Override
    public boolean save(ReadingPeriod period) {
        PeriodDocument document = PeriodDocument.of(period);
        if (period.version() == 1) {
            return Effects.insertOnce(mongo, document);
        }
        Update update = new Update().set("status", document.status()).set("units", document.units())
                .set("version", document.version());
        update = document.closedAt() == null ? update.unset("closedAt").unset("closedBy")
                : update.set("closedAt", document.closedAt()).set("closedBy", document.closedBy());
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(document.id()).and("version").is(period.version() - 1)),
                update, PeriodDocument.class).getMatchedCount() > 0;
    }

    @Override
    public int publish(List<ConsumptionApproved> consumption) {
        return writes.insertNew(consumption.stream()
                .map(event -> ConsumptionDocument.of(event, outbox.of(List.of(event)))).toList(),
                ConsumptionDocument.COLLECTION).size();
    }
}
