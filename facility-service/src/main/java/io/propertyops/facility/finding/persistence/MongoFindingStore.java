package io.propertyops.facility.finding.persistence;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.finding.application.FindingStore;
import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Findings on MongoDB, each written with its events in one document write and handed to the outbox relay; a burst
 * (a device gateway's batch of alarms) is one unordered bulk insert.
 */
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
        Map<FindingDocument, Finding> byDocument = new IdentityHashMap<>();
        List<FindingDocument> documents = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            FindingDocument document = FindingDocument.of(findings.get(i), outbox.of(List.of(events.get(i))));
            byDocument.put(document, findings.get(i));
            documents.add(document);
        }
        return writes.insertNew(documents, FindingDocument.COLLECTION).stream().map(byDocument::get).toList();
    }

    @Override
    public boolean markCleared(Finding cleared, DomainEvent event) {
        // {_id, clearedAt}: the unique index FindingDocument declares, so the embedded store serves it too
        Query standing = Query.query(Criteria.where("_id").is(cleared.id()).and("clearedAt").is(null));
        Update update = StateUpdate.appendEvents(new Update().set("clearedAt", cleared.clearedAt()),
                outbox.of(List.of(event)));
        return writes.change(cleared.id(), standing, update, FindingDocument.COLLECTION);
    }

    @Override
    public void linkWorkOrder(String findingId, String workOrderId, String workOrderNumber) {
        linkWorkOrders(List.of(new Findings.Link(findingId, workOrderId, workOrderNumber)));
    }

    @Override
    public void linkWorkOrders(List<Findings.Link> links) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, FindingDocument.class);
        for (Findings.Link link : links) {
            bulk.updateOne(Query.query(Criteria.where("_id").is(link.findingId())),
                    new Update().set("workOrderId", link.workOrderId()).set("workOrderNumber", link.workOrderNumber()));
        }
        bulk.execute();
    }

    @Override
    public Optional<Finding> find(String id) {
        return Optional.ofNullable(mongo.findById(id, FindingDocument.class)).map(FindingDocument::toDomain);
    }

    /** A page of one community's findings: it reads that community's findings (a list page, bounded by it). */
    @Override
    public FindingPage list(FindingQuery query, int page, int size) {
        Criteria criteria = Criteria.where("communityId").is(query.communityId());
        if (query.source() != null) {
            criteria = criteria.and("source").is(query.source());
        }
        if (query.equipmentId() != null) {
            criteria = criteria.and("equipmentId").is(query.equipmentId());
        }
        if (query.status() != null) {
            criteria = switch (query.status()) {
                case OPEN -> criteria.and("clearedAt").is(null).and("workOrderId").is(null);
                case LINKED -> criteria.and("clearedAt").is(null).and("workOrderId").ne(null);
                case CLEARED -> criteria.and("clearedAt").ne(null);
            };
        }
        Query matching = Query.query(criteria);
        long total = mongo.count(matching, FindingDocument.class);
        List<Finding> items = mongo.find(Query.query(criteria).with(Sort.by(Sort.Order.desc("foundAt"), Sort.Order.asc("_id")))
                        .skip((long) page * size).limit(size), FindingDocument.class)
                .stream().map(FindingDocument::toDomain).toList();
        return new FindingPage(items, total);
    }
}
