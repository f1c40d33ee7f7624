package io.propertyops.ticket.workorder.persistence;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.ticket.workorder.WatchProperties;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.workorder.domain.EscalationPolicy;
import io.propertyops.ticket.workorder.domain.Progress;
import io.propertyops.ticket.workorder.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.workorder.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/** Stores work orders; the state and the events it caused go into MongoDB in one document write. */
@Repository
public class WorkOrderRepository {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;

    private final OutboxRelay relay;

    private final EscalationPolicy policy;

    WorkOrderRepository(MongoTemplate mongo, OutboxMessages outbox, OutboxRelay relay, WatchProperties watch) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.policy = watch.policy();
    }

    /** The work orders whose next alert has come, earliest first. */
    public List<WorkOrder> findDueForAlert(Instant now, int limit) {
        Query query = Query.query(Criteria.where("nextAlertAt").lte(now))
                .with(Sort.by(Sort.Direction.ASC, "nextAlertAt")).limit(limit);
        return mongo.find(query, WorkOrderDocument.class).stream().map(WorkOrderRepository::toDomain).toList();
    }

    public WorkOrder insert(WorkOrder workOrder, String idempotencyKey) {
        WorkOrderDocument document = toDocument(workOrder, policy);
        document.idempotencyKey = idempotencyKey;
        document.pendingEvents.addAll(outbox.of(workOrder.pullEvents()));
        return toDomain(mongo.insert(document));
    }

    /**
     * Saves a changed work order and the events the change caused in one write, on the version that was read.
     *
     * @throws ConflictException when someone changed it meanwhile; nothing is written
     */
    public void update(WorkOrder workOrder) {
        long next = workOrder.version() + 1;
        Update update = StateUpdate.of(mongo.getConverter(), toDocument(workOrder, policy), outbox.of(workOrder.pullEvents()),
                "version", next);
        Query unchanged = Query.query(Criteria.where("_id").is(workOrder.id()).and("version").is(workOrder.version()));
        if (mongo.updateFirst(unchanged, update, WorkOrderDocument.class).getMatchedCount() == 0) {
            throw new ConflictException("concurrent-change",
                    "Work order " + workOrder.number() + " was changed by someone else meanwhile; read it again and retry");
        }
        relay.publishSoon(WorkOrderDocument.COLLECTION, workOrder.id());
    }

    public Optional<WorkOrder> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, WorkOrderDocument.class)).map(WorkOrderRepository::toDomain);
    }

    public Optional<WorkOrder> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(idempotencyKey)),
                WorkOrderDocument.class)).map(WorkOrderRepository::toDomain);
    }

    public Page<WorkOrder> find(String communityId, WorkOrderStatus status, String assigneeId, Pageable pageable) {
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        if (assigneeId != null) {
            criteria = criteria.and("assigneeId").is(assigneeId);
        }
        return page(Query.query(criteria), pageable);
    }

    /** The sub-tasks of a lead work order that are not done: not resolved, confirmed, revisited, closed, cancelled or archived. */
    public long countOpenSubTasks(String parentId) {
        return mongo.count(Query.query(Criteria.where("parentId").is(parentId).and("status").in(
                WorkOrderStatus.SUBMITTED.name(), WorkOrderStatus.ACCEPTED.name(), WorkOrderStatus.DISPATCHED.name(),
                WorkOrderStatus.TAKEN.name(), WorkOrderStatus.IN_PROGRESS.name(), WorkOrderStatus.ON_HOLD.name())),
                WorkOrderDocument.class);
    }

    public List<WorkOrder> findSubTasks(String parentId) {
        return mongo.find(Query.query(Criteria.where("parentId").is(parentId)).with(Sort.by("submittedAt")),
                WorkOrderDocument.class).stream().map(WorkOrderRepository::toDomain).toList();
    }

    /** Work still with the technician: dispatched, taken, in progress or on hold. */
    public Page<WorkOrder> findOpenByAssignee(String assigneeId, Pageable pageable) {
        return page(Query.query(Criteria.where("assigneeId").is(assigneeId).and("status").in(
                WorkOrderStatus.DISPATCHED.name(), WorkOrderStatus.TAKEN.name(), WorkOrderStatus.IN_PROGRESS.name(),
                WorkOrderStatus.ON_HOLD.name())), pageable);
    }

    public Page<WorkOrder> findByReporter(String reporterId, Pageable pageable) {
        return page(Query.query(Criteria.where("reporterId").is(reporterId)), pageable);
    }

    private Page<WorkOrder> page(Query query, Pageable pageable) {
        long total = mongo.count(query, WorkOrderDocument.class);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "submittedAt"));
        return new PageImpl<>(mongo.find(query, WorkOrderDocument.class).stream()
                .map(WorkOrderRepository::toDomain).toList(), pageable, total);
    }

    private static WorkOrderDocument toDocument(WorkOrder workOrder, EscalationPolicy policy) {
        WorkOrderRequest request = workOrder.request();
        WorkOrderDocument document = new WorkOrderDocument();
        document.id = workOrder.id();
        document.number = workOrder.number();
        document.communityId = request.communityId();
        document.unitId = request.unitId();
        document.reporterId = request.reporterId();
        document.reporterName = request.reporterName();
        document.reporterPhone = request.reporterPhone();
        document.kind = request.kind().name();
        document.category = request.category();
        document.urgency = request.urgency().name();
        document.channel = request.channel().name();
        document.title = request.title();
        document.description = request.description();
        document.location = request.location();
        document.submittedAt = workOrder.submittedAt();
        Progress progress = workOrder.progress();
        document.status = progress.status().name();
        document.accountableAgentId = progress.accountableAgentId();
        document.assigneeId = progress.assigneeId();
        document.reopenCount = progress.reopenCount();
        document.onHoldSince = progress.onHoldSince();
        document.pausedForSeconds = progress.pausedFor().toSeconds();
        document.result = progress.result();
        document.timeline = new ArrayList<>(progress.timeline());
        document.deadlines = progress.deadlines();
        document.quote = workOrder.quote();
        document.parentId = workOrder.parentId();
        document.alerts = progress.alerts().isEmpty() ? null : new EnumMap<>(progress.alerts());
        document.nextAlertAt = workOrder.nextAlertAt(policy);
        return document;
    }

    private static WorkOrder toDomain(WorkOrderDocument document) {
        WorkOrderRequest request = new WorkOrderRequest(document.communityId, document.unitId, document.reporterId,
                document.reporterName, document.reporterPhone, WorkOrderKind.valueOf(document.kind), document.category,
                Urgency.valueOf(document.urgency), Channel.valueOf(document.channel), document.title,
                document.description, document.location);
        Progress progress = new Progress(WorkOrderStatus.valueOf(document.status), document.accountableAgentId,
                document.assigneeId, document.reopenCount, document.onHoldSince,
                Duration.ofSeconds(document.pausedForSeconds), document.result, document.timeline, document.deadlines,
                document.alerts);
        return WorkOrder.restore(document.id, document.number, request, document.submittedAt, progress, document.quote,
                document.parentId, document.version == null ? 0 : document.version);
    }
}
