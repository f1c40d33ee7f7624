package io.propertyops.facility.finding.persistence;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.finding.application.FindingStore;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Findings on MongoDB, each written with its events in one document write and handed to the outbox relay. */
@Repository
class MongoFindingStore implements FindingStore {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoFindingStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public List<Finding> insertNew(List<Finding> findings, List<? extends DomainEvent> events) {
        if (findings.size() != events.size()) {
            throw new IllegalArgumentException("one event per finding");
        }
        List<Finding> inserted = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (writes.insertIfAbsent(FindingDocument.of(finding, outbox.of(List.of(events.get(i)))),
                    FindingDocument.COLLECTION)) {
                inserted.add(finding);
            }
        }
        return inserted;
    }

    @Override
    public boolean markCleared(Finding cleared, DomainEvent event) {
        Query standing = Query.query(Criteria.where("_id").is(cleared.id()).and("clearedAt").is(null));
        Update update = StateUpdate.appendEvents(new Update().set("clearedAt", cleared.clearedAt()),
                outbox.of(List.of(event)));
        return writes.change(cleared.id(), standing, update, FindingDocument.COLLECTION);
    }

    @Override
    public void linkWorkOrder(String findingId, String workOrderId, String workOrderNumber) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(findingId)),
                new Update().set("workOrderId", workOrderId).set("workOrderNumber", workOrderNumber),
                FindingDocument.class);
    }

    @Override
    public Optional<Finding> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FindingDocument.class)).map(FindingDocument::toDomain);
    }
}
