package io.propertyops.facility.plan.persistence;

import io.propertyops.facility.plan.application.TaskStore;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks on MongoDB, inserted in bulk by their derived ids: a maintenance task with its {@code MaintenanceTaskDue} in
 * the same document write, handed to the relay only when this write inserted it.
 */
@Repository
class MongoTaskStore implements TaskStore {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoTaskStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public List<PlanTask> insertNew(List<PlanTask> tasks) {
        List<TaskDocument> documents = tasks.stream().map(task -> TaskDocument.of(task, task.kind() == PlanKind.MAINTENANCE
                ? outbox.of(List.of(task.due(UUID.randomUUID().toString()))) : List.of())).toList();
        return writes.insertNew(documents, TaskDocument.COLLECTION).stream().map(TaskDocument::toDomain).toList();
    }

    @Override
    public Optional<PlanTask> find(String id) {
        return Optional.ofNullable(mongo.findById(id, TaskDocument.class)).map(TaskDocument::toDomain);
    }

    @Override
    public List<PlanTask> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), TaskDocument.class).stream()
                .map(TaskDocument::toDomain).toList();
    }

    @Override
    public boolean linkWorkOrder(String taskId, String workOrderId, String workOrderNumber) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(taskId)),
                new Update().set("workOrderId", workOrderId).set("workOrderNumber", workOrderNumber),
                TaskDocument.class).getModifiedCount() == 1;
    }

    @Override
    public Optional<PlanTask> byWorkOrder(String workOrderId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("workOrderId").is(workOrderId)),
                TaskDocument.class)).map(TaskDocument::toDomain);
    }

    @Override
    public boolean finish(PlanTask finished) {
        Query open = Query.query(Criteria.where("_id").is(finished.id()).and("status").is(PlanTask.Status.OPEN.name()));
        Update update = new Update().set("status", finished.status()).set("completedAt", finished.completedAt())
                .set("completedBy", finished.completedBy()).set("answers", finished.answers())
                .set("score", finished.score());
        return mongo.updateFirst(open, update, TaskDocument.class).getModifiedCount() == 1;
    }

    @Override
    public boolean recordResults(PlanTask recorded) {
        Query open = Query.query(Criteria.where("_id").is(recorded.id()).and("status").is(PlanTask.Status.OPEN.name()));
        Update update = new Update().set("answers", recorded.answers()).set("score", recorded.score());
        // matched, not modified: the same results recorded again change nothing and are no conflict
        return mongo.updateFirst(open, update, TaskDocument.class).getMatchedCount() == 1;
    }
}
