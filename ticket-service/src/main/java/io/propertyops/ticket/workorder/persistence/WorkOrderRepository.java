package io.propertyops.ticket.workorder.persistence;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.persistence.ByIds;
import io.propertyops.ticket.workorder.application.WatchProperties;
import io.propertyops.ticket.workorder.application.WorkOrders;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.workorder.domain.EscalationPolicy;
import io.propertyops.ticket.workorder.domain.Progress;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Stores work orders; the state and the events it caused go into MongoDB in one document write, and from here to the
 * relay: an insert hands the relay the events it wrote, an update or the watch's bulk asks it to publish what the
 * document holds.
 */
@Repository
class WorkOrderRepository implements WorkOrders {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;

    private final OutboxRelay relay;
    private final OutboxWrites writes;

    private final EscalationPolicy policy;
    private final DueTimers timers;
    private final Clock clock;

    /** Fields a change never writes: the id, the type hint, the outbox, the version, the retry key, the timeline. */
    private static final Set<String> NOT_CHANGED_HERE = Set.of("_id", "_class", HasOutbox.FIELD, "version",
            "idempotencyKey", "timeline");

    WorkOrderRepository(MongoTemplate mongo, OutboxMessages outbox, OutboxRelay relay, OutboxWrites writes,
                        WatchProperties watch, DueTimers timers, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.writes = writes;
        this.policy = watch.policy();
        this.timers = timers;
        this.clock = clock;
    }

    /**
     * The work orders whose next alert has come, earliest first, found through their {@link DueTimers}: the timers
     * that turn out stale on the way (a version that has passed, an alert no longer pending) are set aside for
     * removal, and a timer whose work order's alert moved is moved with it.
     */
    @Override
    public DueForAlert findDueForAlert(Instant now, int limit) {
        DueTimers.Buckets buckets = timers.read(now);
        Map<String, List<DueTimers.Read>> byWorkOrder = new LinkedHashMap<>();
        buckets.entries().stream()
                .filter(read -> !read.timer().at().isAfter(now))
                .sorted(Comparator.comparing(read -> read.timer().at()))
                .forEach(read -> byWorkOrder.computeIfAbsent(read.timer().workOrderId(), id -> new ArrayList<>()).add(read));
        List<String> ids = byWorkOrder.keySet().stream().limit(limit).toList();
        Map<String, WorkOrderDocument> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), WorkOrderDocument.class)
                    .forEach(document -> stored.put(document.id, document));
        }
        DueForAlert due = new DueForAlert(buckets);
        for (String id : ids) {
            WorkOrderDocument document = stored.get(id);
            for (DueTimers.Read read : byWorkOrder.get(id)) {
                long version = document == null || document.version == null ? -1 : document.version;
                if (read.timer().version() != version || document.nextAlertAt == null) {
                    due.done.add(read); // a version that has passed or never was, or nothing left to alert
                } else if (!document.nextAlertAt.isAfter(now)) {
                    due.handled.computeIfAbsent(id, i -> new ArrayList<>()).add(read);
                } else if (!document.nextAlertAt.equals(read.timer().at())) {
                    due.moved.add(new DueTimers.Timer(id, version, document.nextAlertAt));
                    due.done.add(read);
                }
            }
            if (due.handled.containsKey(id)) {
                due.workOrders.add(toDomain(document));
            }
        }
        return due;
    }

    /**
     * What one tick of the watch found due: the work orders to watch, and the timers it read for them.
     * {@link #saveWatched} writes them back.
     */
    static final class DueForAlert implements WorkOrders.DueForAlert {

        private final DueTimers.Buckets buckets;
        private final List<WorkOrder> workOrders = new ArrayList<>();
        private final Map<String, List<DueTimers.Read>> handled = new LinkedHashMap<>();
        private final List<DueTimers.Read> done = new ArrayList<>();
        private final List<DueTimers.Timer> moved = new ArrayList<>();

        private DueForAlert(DueTimers.Buckets buckets) {
            this.buckets = buckets;
        }

        @Override
        public List<WorkOrder> workOrders() {
            return workOrders;
        }
    }

    /**
     * Writes the watched work orders in one unordered bulk of version-checked updates: one that misses on its
     * version was changed by someone else meanwhile, and that write left a timer of its own, so it is seen again.
     * The timers of the versions written go first; the timers read are removed after; then the relay publishes.
     */
    @Override
    public void saveWatched(WorkOrders.DueForAlert watched, Instant now) {
        DueForAlert due = (DueForAlert) watched;
        List<DueTimers.Timer> next = new ArrayList<>(due.moved);
        for (WorkOrder workOrder : due.workOrders) {
            Instant at = workOrder.nextAlertAt(policy);
            if (at != null) {
                next.add(new DueTimers.Timer(workOrder.id(), workOrder.version() + 1, at));
            }
        }
        timers.add(next, now);
        if (!due.workOrders.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, WorkOrderDocument.class);
            for (WorkOrder workOrder : due.workOrders) {
                bulk.updateOne(unchanged(workOrder), changes(workOrder));
            }
            bulk.execute();
        }
        List<DueTimers.Read> done = new ArrayList<>(due.done);
        due.handled.values().forEach(done::addAll);
        timers.finish(due.buckets, done);
        due.workOrders.forEach(workOrder -> relay.publishSoon(WorkOrderDocument.COLLECTION, workOrder.id()));
    }

    /**
     * The safety net under the timers: adds the timer of every work order whose alert is due, whatever timers it has.
     * On real MongoDB this reads the {@code nextAlertAt} index; the embedded store reads the whole collection, so it
     * runs seldom (the watch's {@code sweep-interval}).
     *
     * @return how many timers it added
     */
    @Override
    public int sweepDueTimers(Instant now) {
        Query query = Query.query(Criteria.where("nextAlertAt").lte(now));
        query.fields().include("_id", "version", "nextAlertAt");
        List<DueTimers.Timer> due = mongo.find(query, Document.class, WorkOrderDocument.COLLECTION).stream()
                .map(document -> new DueTimers.Timer(document.getString("_id"),
                        document.get("version", Number.class) == null ? 0 : document.get("version", Number.class).longValue(),
                        document.getDate("nextAlertAt").toInstant()))
                .toList();
        timers.add(due, now);
        return due.size();
    }

    @Override
    public WorkOrder insert(WorkOrder workOrder, String idempotencyKey) {
        WorkOrderDocument document = toDocument(workOrder, policy);
        document.idempotencyKey = idempotencyKey;
        document.version = 0L;
        List<OutboxMessage> events = outbox.of(workOrder.pullEvents());
        document.pendingEvents.addAll(events);
        if (document.nextAlertAt != null) {
            timers.add(List.of(new DueTimers.Timer(document.id, 0, document.nextAlertAt)), clock.instant());
        }
        writes.insert(document, WorkOrderDocument.COLLECTION);
        return toDomain(document);
    }

    /**
     * Saves a changed work order and the events the change caused in one write, on the version that was read: the
     * timeline entries the change appended are pushed, the other fields it changed are set.
     *
     * @return the work order as saved, at its new version
     * @throws ConflictException when someone changed it meanwhile; nothing is written
     */
    @Override
    public WorkOrder update(WorkOrder workOrder) {
        Instant at = workOrder.nextAlertAt(policy);
        if (at != null) {
            timers.add(List.of(new DueTimers.Timer(workOrder.id(), workOrder.version() + 1, at)), clock.instant());
        }
        if (!writes.change(workOrder.id(), unchanged(workOrder), changes(workOrder), WorkOrderDocument.COLLECTION)) {
            throw new ConflictException("concurrent-change",
                    "Work order " + workOrder.number() + " was changed by someone else meanwhile; read it again and retry");
        }
        return workOrder.savedAs(workOrder.version() + 1);
    }

    /** {@code _id} and {@code version}: a query the unique index on exactly these fields serves (see VersionIndexes). */
    private static Query unchanged(WorkOrder workOrder) {
        return Query.query(Criteria.where("_id").is(workOrder.id()).and("version").is(workOrder.version()));
    }

    /**
     * The update from the work order as it was read to the work order now: the fields that differ are set (or unset),
     * the timeline's new entries pushed, the events appended to the outbox, the version raised.
     */
    private Update changes(WorkOrder workOrder) {
        Document before = new Document();
        mongo.getConverter().write(toDocument(workOrder.asStored(), policy), before);
        Document after = new Document();
        mongo.getConverter().write(toDocument(workOrder, policy), after);
        Update update = new Update();
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        fields.removeAll(NOT_CHANGED_HERE);
        for (String field : fields) {
            Object now = after.get(field);
            if (!Objects.equals(before.get(field), now)) {
                if (now == null) {
                    update.unset(field);
                } else {
                    update.set(field, now);
                }
            }
        }
        List<?> timelineBefore = before.getList("timeline", Object.class, List.of());
        List<?> timelineAfter = after.getList("timeline", Object.class, List.of());
        if (timelineAfter.size() >= timelineBefore.size()
                && timelineAfter.subList(0, timelineBefore.size()).equals(timelineBefore)) {
            if (timelineAfter.size() > timelineBefore.size()) {
                update.push("timeline").each(timelineAfter.subList(timelineBefore.size(), timelineAfter.size()).toArray());
            }
        } else {
            update.set("timeline", timelineAfter);
        }
        update.set("version", workOrder.version() + 1);
        return StateUpdate.appendEvents(update, outbox.of(workOrder.pullEvents()));
    }

    @Override
    public Optional<WorkOrder> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, WorkOrderDocument.class)).map(WorkOrderRepository::toDomain);
    }

    @Override
    public List<WorkOrder> findAll(Collection<String> ids) {
        return ByIds.find(mongo, ids, WorkOrderDocument.class).stream().map(WorkOrderRepository::toDomain).toList();
    }

    @Override
    public Optional<WorkOrder> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(idempotencyKey)),
                WorkOrderDocument.class)).map(WorkOrderRepository::toDomain);
    }

    @Override
    public Page<WorkOrder> find(String communityId, Set<WorkOrderStatus> statuses, String assigneeId,
                                Pageable pageable) {
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (!statuses.isEmpty()) {
            criteria = criteria.and("status").in(statuses.stream().map(Enum::name).toList());
        }
        if (assigneeId != null) {
            criteria = criteria.and("assigneeId").is(assigneeId);
        }
        return page(Query.query(criteria), pageable);
    }

    /** The sub-tasks of a lead work order that are not done: not resolved, confirmed, revisited, closed, cancelled or archived. */
    @Override
    public long countOpenSubTasks(String parentId) {
        return mongo.count(Query.query(Criteria.where("parentId").is(parentId).and("status").in(
                WorkOrderStatus.SUBMITTED.name(), WorkOrderStatus.ACCEPTED.name(), WorkOrderStatus.DISPATCHED.name(),
                WorkOrderStatus.TAKEN.name(), WorkOrderStatus.IN_PROGRESS.name(), WorkOrderStatus.ON_HOLD.name())),
                WorkOrderDocument.class);
    }

    @Override
    public List<WorkOrder> findSubTasks(String parentId) {
        return mongo.find(Query.query(Criteria.where("parentId").is(parentId)).with(Sort.by("submittedAt")),
                WorkOrderDocument.class).stream().map(WorkOrderRepository::toDomain).toList();
    }

    /** Work still with the technician: dispatched, taken, in progress or on hold. */
    @Override
    public Page<WorkOrder> findOpenByAssignee(String assigneeId, Pageable pageable) {
        return page(Query.query(Criteria.where("assigneeId").is(assigneeId).and("status").in(
                WorkOrderStatus.DISPATCHED.name(), WorkOrderStatus.TAKEN.name(), WorkOrderStatus.IN_PROGRESS.name(),
                WorkOrderStatus.ON_HOLD.name())), pageable);
    }

    @Override
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
        document.equipmentId = request.equipmentId();
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
        document.origin = workOrder.origin();
        document.alerts = progress.alerts().isEmpty() ? null : new EnumMap<>(progress.alerts());
        document.nextAlertAt = workOrder.nextAlertAt(policy);
        return document;
    }

    private static WorkOrder toDomain(WorkOrderDocument document) {
        WorkOrderRequest request = new WorkOrderRequest(document.communityId, document.unitId, document.reporterId,
                document.reporterName, document.reporterPhone, WorkOrderKind.valueOf(document.kind), document.category,
                Urgency.valueOf(document.urgency), Channel.valueOf(document.channel), document.title,
                document.description, document.location, document.equipmentId);
        Progress progress = new Progress(WorkOrderStatus.valueOf(document.status), document.accountableAgentId,
                document.assigneeId, document.reopenCount, document.onHoldSince,
                Duration.ofSeconds(document.pausedForSeconds), document.result, document.timeline, document.deadlines,
                document.alerts);
        return WorkOrder.restore(document.id, document.number, request, document.submittedAt, progress, document.quote,
                document.parentId, document.origin, document.version == null ? 0 : document.version);
    }
}
