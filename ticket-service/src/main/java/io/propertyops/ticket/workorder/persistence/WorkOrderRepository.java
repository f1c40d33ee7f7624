package io.propertyops.ticket.workorder.persistence;

import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.ticket.workorder.domain.Channel;
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
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Stores work orders; the state and the events it caused go into MongoDB in one document write. */
@Repository
public class WorkOrderRepository {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;

    WorkOrderRepository(MongoTemplate mongo, OutboxMessages outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public WorkOrder insert(WorkOrder workOrder, String idempotencyKey) {
        WorkOrderDocument document = toDocument(workOrder);
        document.idempotencyKey = idempotencyKey;
        document.pendingEvents.addAll(outbox.of(workOrder.pullEvents()));
        return toDomain(mongo.insert(document));
    }

    public Optional<WorkOrder> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, WorkOrderDocument.class)).map(WorkOrderRepository::toDomain);
    }

    public Optional<WorkOrder> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(idempotencyKey)),
                WorkOrderDocument.class)).map(WorkOrderRepository::toDomain);
    }

    public Page<WorkOrder> findByReporter(String reporterId, Pageable pageable) {
        Query query = Query.query(Criteria.where("reporterId").is(reporterId));
        long total = mongo.count(query, WorkOrderDocument.class);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "submittedAt"));
        return new PageImpl<>(mongo.find(query, WorkOrderDocument.class).stream()
                .map(WorkOrderRepository::toDomain).toList(), pageable, total);
    }

    private static WorkOrderDocument toDocument(WorkOrder workOrder) {
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
        document.status = workOrder.status().name();
        document.submittedAt = workOrder.submittedAt();
        return document;
    }

    private static WorkOrder toDomain(WorkOrderDocument document) {
        WorkOrderRequest request = new WorkOrderRequest(document.communityId, document.unitId, document.reporterId,
                document.reporterName, document.reporterPhone, WorkOrderKind.valueOf(document.kind), document.category,
                Urgency.valueOf(document.urgency), Channel.valueOf(document.channel), document.title,
                document.description, document.location);
        return WorkOrder.restore(document.id, document.number, request, document.submittedAt,
                WorkOrderStatus.valueOf(document.status), document.version == null ? 0 : document.version);
    }
}
