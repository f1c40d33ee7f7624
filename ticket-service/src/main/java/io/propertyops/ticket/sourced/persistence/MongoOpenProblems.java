package io.propertyops.ticket.sourced.persistence;

import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.persistence.ByIds;
import io.propertyops.ticket.sourced.application.OpenProblems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The open problems and the sources' work orders on MongoDB: two small collections read and written by {@code _id}
 * only (the problem key; the source id), so every look-up is an index look-up, on the embedded store too — a batch's
 * too ({@code _id $in}, in chunks).
 */
@Repository
class MongoOpenProblems implements OpenProblems {

    @Document(ProblemDocument.COLLECTION)
    record ProblemDocument(@Id String key, String workOrderId, String openedBy, String repeatOfWorkOrderId) {
        static final String COLLECTION = "open_problems";

        Claim claim() {
            return new Claim(key, workOrderId, openedBy, repeatOfWorkOrderId);
        }
    }

    @Document(SourceDocument.COLLECTION)
    record SourceDocument(@Id String sourceId, String workOrderId) {
        static final String COLLECTION = "work_order_sources";
    }

    private final MongoTemplate mongo;

    MongoOpenProblems(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Claim> find(String key) {
        return Optional.ofNullable(mongo.findById(key, ProblemDocument.class)).map(ProblemDocument::claim);
    }

    @Override
    public Map<String, Claim> findAll(Collection<String> keys) {
        return ByIds.find(mongo, keys, ProblemDocument.class).stream()
                .collect(Collectors.toMap(ProblemDocument::key, ProblemDocument::claim));
    }

    @Override
    public boolean claim(Claim claim) {
        try {
            mongo.insert(new ProblemDocument(claim.key(), claim.workOrderId(), claim.openedBy(),
                    claim.repeatOfWorkOrderId()));
            return true;
        } catch (DuplicateKeyException heldAlready) {
            return false;
        }
    }

    @Override
    public boolean reassign(String fromWorkOrderId, Claim next) {
        Query heldByIt = Query.query(Criteria.where("_id").is(next.key()).and("workOrderId").is(fromWorkOrderId));
        Update update = new Update().set("workOrderId", next.workOrderId()).set("openedBy", next.openedBy())
                .set("repeatOfWorkOrderId", next.repeatOfWorkOrderId());
        return mongo.updateFirst(heldByIt, update, ProblemDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<String> workOrderOf(String sourceId) {
        return Optional.ofNullable(mongo.findById(sourceId, SourceDocument.class)).map(SourceDocument::workOrderId);
    }

    @Override
    public Map<String, String> workOrdersOf(Collection<String> sourceIds) {
        return ByIds.find(mongo, sourceIds, SourceDocument.class).stream()
                .collect(Collectors.toMap(SourceDocument::sourceId, SourceDocument::workOrderId));
    }

    @Override
    public void recordSource(String sourceId, String workOrderId) {
        Effects.insertOnce(mongo, new SourceDocument(sourceId, workOrderId));
    }
}
