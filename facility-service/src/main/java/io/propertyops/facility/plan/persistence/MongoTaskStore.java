package io.propertyops.facility.plan.persistence;

import io.propertyops.facility.plan.application.TaskStore;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.persistence.ByIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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
 * the same document write, handed to the relay only when this write inserted it. A batch of ticket-service's outcomes
 * reads its tasks by id and by work order ({@code $in} on {@code _id} and on the unique {@code workOrderId}, both
 * served by their index on the embedded store too) and writes them in one bulk each.
 */
@Repository
class MongoTaskStore implements TaskStore {

    private static final Logger log = LoggerFactory.getLogger(MongoTaskStore.class);

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
        return ByIds.find(mongo, ids, TaskDocument.class).stream().map(TaskDocument::toDomain).toList();
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
        return mongo.updateFirst(whileOpen(finished), finishing(finished), TaskDocument.class).getModifiedCount() == 1;
    }

    @Override
    public List<PlanTask> byWorkOrders(Collection<String> workOrderIds) {
        return ByIds.findBy(mongo, "workOrderId", workOrderIds, TaskDocument.class).stream()
                .map(TaskDocument::toDomain).toList();
    }

    @Override
    public void linkWorkOrders(List<WorkOrderLink> links) {
        if (links.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TaskDocument.class);
        links.forEach(link -> bulk.updateOne(Query.query(Criteria.where("_id").is(link.taskId())),
                new Update().set("workOrderId", link.workOrderId()).set("workOrderNumber", link.workOrderNumber())));
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            // a work order given to a second task (unique): the first keeps it; any other error is thrown
            log.warn("{} tasks were not linked: their work order holds another task", Effects.refusedAsStored(e).size());
        }
    }

    @Override
    public int finishAll(List<PlanTask> finished) {
        if (finished.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TaskDocument.class);
        // a work order's end: the answers and score stay as stored — a technician's maintenance results recorded
        // just before the close was handled must not be overwritten by the copy read before them
        finished.forEach(task -> bulk.updateOne(whileOpen(task), new Update().set("status", task.status())
                .set("completedAt", task.completedAt()).set("completedBy", task.completedBy())));
        return bulk.execute().getModifiedCount();
    }

    /** The task if it is still open: found by the unique {@code {_id, status}} index on the embedded store too. */
    private static Query whileOpen(PlanTask task) {
        return Query.query(Criteria.where("_id").is(task.id()).and("status").is(PlanTask.Status.OPEN.name()));
    }

    private static Update finishing(PlanTask finished) {
        return new Update().set("status", finished.status()).set("completedAt", finished.completedAt())
                .set("completedBy", finished.completedBy()).set("answers", finished.answers())
                .set("score", finished.score());
    }

    @Override
    public boolean recordResults(PlanTask recorded) {
        Query open = Query.query(Criteria.where("_id").is(recorded.id()).and("status").is(PlanTask.Status.OPEN.name()));
        Update update = new Update().set("answers", recorded.answers()).set("score", recorded.score());
        // matched, not modified: the same results recorded again change nothing and are no conflict
        return mongo.updateFirst(open, update, TaskDocument.class).getMatchedCount() == 1;
    }
}
