package io.propertyops.ticket.sourced.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.ticket.category.application.CategoryTrees;
import io.propertyops.ticket.dispatch.application.DispatchRoster;
import io.propertyops.ticket.dispatch.domain.Technician;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.sla.application.SlaPolicies;
import io.propertyops.ticket.sourced.domain.FindingTerms;
import io.propertyops.ticket.sourced.domain.ProblemKey;
import io.propertyops.ticket.workorder.application.TicketProperties;
import io.propertyops.ticket.workorder.application.WorkOrders;
import io.propertyops.ticket.workorder.domain.Actor;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.workorder.domain.Origin;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.workorder.domain.WorkOrderNumbers;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns facility's findings and due maintenance tasks into work orders — one per open problem, one per task — however
 * often and in whatever order Kafka delivers them, and on any number of consumers at once.
 *
 * <p>A finding about a problem nobody holds claims it ({@link OpenProblems#claim}) and opens a work order of kind
 * {@code INSPECTION_FINDING} whose id is derived from the finding's, so a retry after a crash opens the same one. A
 * finding about a problem whose work order is open is added to it as one more occurrence. Once that work order is
 * resolved or cancelled, the next finding is a new failure: a new work order, flagged as a repeat when it comes within
 * the repeat window after the resolution. The work order waits for the service centre to accept it like any other
 * (首问负责制); it is then dispatched by trade.
 *
 * <p>A maintenance task opens a work order of kind {@code PREVENTIVE_MAINTENANCE}, accepted by the platform and
 * dispatched to the plan's first assignee who is on the roster, else by trade.
 *
 * <p>A batch of events ({@link #batch}) is decided the same way, event by event, on what the batch read ahead in one
 * read each of sources, claims and work orders.
 */
@Service
public class SourcedWorkOrders {

    private static final Logger log = LoggerFactory.getLogger(SourcedWorkOrders.class);
    private static final int ATTEMPTS = 8;

    private final WorkOrders workOrders;
    private final OpenProblems problems;
    private final WorkOrderNumbers numbers;
    private final SlaPolicies sla;
    private final CategoryTrees categories;
    private final DispatchRoster roster;
    private final TicketProperties ticket;
    private final SourcedProperties properties;
    private final Clock clock;

    SourcedWorkOrders(WorkOrders workOrders, OpenProblems problems, WorkOrderNumbers numbers, SlaPolicies sla,
                      CategoryTrees categories, DispatchRoster roster, TicketProperties ticket,
                      SourcedProperties properties, Clock clock) {
        this.workOrders = workOrders;
        this.problems = problems;
        this.numbers = numbers;
        this.sla = sla;
        this.categories = categories;
        this.roster = roster;
        this.ticket = ticket;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A batch of facility events, read ahead: one read each of the sources' work orders, the problems' claims and the
     * work orders these hold or the batch's findings and tasks would open — then {@link Batch#handle} decides each
     * event as {@link #found}, {@link #cleared} and {@link #due} do, reading from what was read ahead first.
     */
    public Batch batch(List<? extends DomainEvent> events) {
        Set<String> sourceIds = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> workOrderIds = new LinkedHashSet<>();
        for (DomainEvent event : events) {
            switch (event) {
                case FindingReported finding -> {
                    sourceIds.add(finding.aggregateId());
                    keys.add(keyOf(finding));
                    workOrderIds.add(workOrderIdFor(finding));
                }
                case FindingCleared cleared -> {
                    sourceIds.add(cleared.aggregateId());
                    keys.add(keyOf(cleared));
                }
                case MaintenanceTaskDue task -> workOrderIds.add(workOrderIdFor(task));
                case null, default -> {
                }
            }
        }
        Map<String, String> sources = sourceIds.isEmpty() ? Map.of() : problems.workOrdersOf(sourceIds);
        Map<String, OpenProblems.Claim> claims = keys.isEmpty() ? Map.of() : problems.findAll(keys);
        workOrderIds.addAll(sources.values());
        claims.values().forEach(claim -> workOrderIds.add(claim.workOrderId()));
        Map<String, WorkOrder> held = new HashMap<>();
        if (!workOrderIds.isEmpty()) {
            workOrders.findAll(workOrderIds).forEach(workOrder -> held.put(workOrder.id(), workOrder));
        }
        return new Batch(new Reads(new Ahead<>(sourceIds, sources), new Ahead<>(keys, claims),
                new Ahead<>(workOrderIds, held)));
    }

    /** A batch of facility events with what it read ahead; handle its events in their order. */
    public final class Batch {

        private final Reads reads;

        private Batch(Reads reads) {
            this.reads = reads;
        }

        /** As {@link #found}, {@link #cleared} or {@link #due}; any other event is not work. */
        public void handle(DomainEvent event) {
            switch (event) {
                case FindingReported finding -> found(finding, reads);
                case FindingCleared cleared -> cleared(cleared, reads);
                case MaintenanceTaskDue task -> due(task, reads);
                case null, default -> {
                    // the estate's structure, other facility events and types newer than this catalogue: not work
                }
            }
        }
    }

    /**
     * Where a decision reads a source's work order, a problem's claim and a work order from: the store, or first what
     * its batch read ahead — each handed out once, so that a second read (a retry after a concurrent change, or a
     * later event of the batch about the same problem, after this batch's own writes) comes from the store. Every
     * decision made on a read ahead is written conditionally as on a read of the moment (a claim inserted once, a
     * claim handed on only from its holder, a work order updated on its version, inserted once by its id), so reading
     * a little earlier changes no outcome, only how often a contended write is tried again.
     */
    private final class Reads {

        private final Ahead<String> sources;
        private final Ahead<OpenProblems.Claim> claims;
        private final Ahead<WorkOrder> held;

        Reads() {
            this(new Ahead<>(Set.of(), Map.of()), new Ahead<>(Set.of(), Map.of()), new Ahead<>(Set.of(), Map.of()));
        }

        Reads(Ahead<String> sources, Ahead<OpenProblems.Claim> claims, Ahead<WorkOrder> held) {
            this.sources = sources;
            this.claims = claims;
            this.held = held;
        }

        Optional<String> workOrderOf(String sourceId) {
            return sources.take(sourceId, problems::workOrderOf);
        }

        Optional<OpenProblems.Claim> claim(String key) {
            return claims.take(key, problems::find);
        }

        Optional<WorkOrder> workOrder(String id) {
            return held.take(id, workOrders::findById);
        }
    }

    /** What was read ahead for some ids (absent from {@code found}: none stored), each id handed out once. */
    private static final class Ahead<V> {

        private final Set<String> asked;
        private final Map<String, V> found;

        Ahead(Set<String> asked, Map<String, V> found) {
            this.asked = new HashSet<>(asked);
            this.found = new HashMap<>(found);
        }

        Optional<V> take(String id, Function<String, Optional<V>> store) {
            return asked.remove(id) ? Optional.ofNullable(found.remove(id)) : store.apply(id);
        }
    }

    /** A finding: a new work order for a new problem, or one more occurrence on the open one. */
    public void found(FindingReported finding) {
        found(finding, new Reads());
    }

    private void found(FindingReported finding, Reads reads) {
        if (reads.workOrderOf(finding.aggregateId()).isPresent()) {
            return;
        }
        String key = keyOf(finding);
        Origin.Source source = new Origin.Source(Origin.SourceKind.FINDING, finding.aggregateId(), finding.occurredAt(),
                describe(finding));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<OpenProblems.Claim> held = reads.claim(key);
            if (held.isEmpty()) {
                OpenProblems.Claim claim = new OpenProblems.Claim(key, workOrderIdFor(finding), finding.aggregateId(), null);
                if (problems.claim(claim)) {
                    open(finding, source, claim, reads);
                    return;
                }
                continue;
            }
            OpenProblems.Claim claim = held.get();
            Optional<WorkOrder> holder = reads.workOrder(claim.workOrderId());
            if (holder.isEmpty()) {
                if (claim.openedBy().equals(finding.aggregateId())) {
                    open(finding, source, claim, reads); // claimed, then interrupted before the work order was written
                    return;
                }
                // another consumer claimed it a moment ago and is writing its work order: try again shortly
                throw new ConflictException("problem-being-opened",
                        "The work order for " + key + " is being opened; the finding is retried");
            }
            WorkOrder workOrder = holder.get();
            if (workOrder.origin() != null && workOrder.origin().holds(finding.aggregateId())) {
                problems.recordSource(finding.aggregateId(), workOrder.id());
                return;
            }
            if (workOrder.holdsProblemOpen()) {
                workOrder.addOccurrence(source);
                try {
                    workOrders.update(workOrder);
                } catch (ConflictException changedMeanwhile) {
                    continue;
                }
                problems.recordSource(finding.aggregateId(), workOrder.id());
                return;
            }
            String repeatOf = FindingTerms.repeats(workOrder.resolvedAt(), clock.instant(), properties.repeatWindow())
                    ? workOrder.id() : null;
            OpenProblems.Claim next = new OpenProblems.Claim(key, workOrderIdFor(finding), finding.aggregateId(), repeatOf);
            if (problems.reassign(workOrder.id(), next)) {
                open(finding, source, next, reads);
                return;
            }
        }
        throw new ConflictException("problem-contended", "Finding " + finding.aggregateId() + " met " + ATTEMPTS
                + " concurrent changes of its problem's work order; it is retried");
    }

    /** What raised a finding went away by itself: noted on the work order that holds it, if it is still open. */
    public void cleared(FindingCleared cleared) {
        cleared(cleared, new Reads());
    }

    private void cleared(FindingCleared cleared, Reads reads) {
        String workOrderId = reads.workOrderOf(cleared.aggregateId())
                .or(() -> reads.claim(keyOf(cleared)).map(OpenProblems.Claim::workOrderId)).orElse(null);
        if (workOrderId == null) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<WorkOrder> found = reads.workOrder(workOrderId);
            if (found.isEmpty() || !found.get().holdsProblemOpen() || found.get().origin() == null
                    || !found.get().origin().holds(cleared.aggregateId())
                    || found.get().clearedNoted(cleared.aggregateId())) {
                return;
            }
            WorkOrder workOrder = found.get();
            workOrder.sourceCleared(cleared.aggregateId(), cleared.note(), cleared.occurredAt());
            try {
                workOrders.update(workOrder);
                return;
            } catch (ConflictException changedMeanwhile) {
                // read it again
            }
        }
    }

    /** A due maintenance task: one work order per task, dispatched to the plan's assignee when on the roster. */
    public void due(MaintenanceTaskDue task) {
        due(task, new Reads());
    }

    private void due(MaintenanceTaskDue task, Reads reads) {
        String id = workOrderIdFor(task);
        if (reads.workOrder(id).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        String trade = categories.inForce(task.communityId()).tradeOfExisting(task.category());
        WorkOrderRequest request = new WorkOrderRequest(task.communityId(), unitOf(task.locationKind(), task.locationId()),
                Actor.SYSTEM.id(), task.planName(), null, WorkOrderKind.PREVENTIVE_MAINTENANCE, task.category(),
                Urgency.NORMAL, Channel.SYSTEM, task.title(),
                FindingTerms.summary("计划 " + task.planName() + "，" + task.occurrence() + "，须于 " + task.dueAt() + " 前完成",
                        task.checklist().stream().map(item -> "□ " + item).toList()),
                task.locationName(), task.equipmentId());
        Origin origin = new Origin(task.equipmentId(), null, List.of(new Origin.Source(Origin.SourceKind.MAINTENANCE_TASK,
                task.aggregateId(), task.occurredAt(), task.planName() + " " + task.occurrence())), null);
        WorkOrder workOrder = WorkOrder.fromSource(id, numbers.next(LocalDate.ofInstant(now, ticket.zone())), request,
                sla.deadlinesFor(task.communityId(), WorkOrderKind.PREVENTIVE_MAINTENANCE, trade, Urgency.NORMAL, now),
                origin, clock);
        workOrder.accept(Actor.SYSTEM, now);
        task.assigneeIds().stream().map(roster::technician).flatMap(Optional::stream)
                .filter(technician -> technician.communityIds().contains(task.communityId())).findFirst()
                .or(() -> roster.choose(task.communityId(), trade))
                .map(Technician::id)
                .ifPresent(technician -> workOrder.dispatch(Actor.SYSTEM, technician, true, now));
        try {
            workOrders.insert(workOrder, null);
        } catch (DuplicateKeyException openedMeanwhile) {
            return;
        }
        if (workOrder.progress().assigneeId() != null) {
            roster.assigned(workOrder.progress().assigneeId(), workOrder.id());
        }
    }

    private void open(FindingReported finding, Origin.Source source, OpenProblems.Claim claim, Reads reads) {
        if (reads.workOrder(claim.workOrderId()).isEmpty()) {
            Instant now = clock.instant();
            Urgency urgency = FindingTerms.urgencyOf(finding.severity());
            String trade = categories.inForce(finding.communityId()).tradeOfExisting(finding.category());
            WorkOrderRequest request = new WorkOrderRequest(finding.communityId(),
                    unitOf(finding.locationKind(), finding.locationId()), finding.reporterId(), reporterName(finding),
                    null, WorkOrderKind.INSPECTION_FINDING, finding.category(), urgency,
                    finding.source().equals("DEVICE") ? Channel.SYSTEM : Channel.INSPECTION, finding.title(),
                    source.summary(), finding.locationName(), finding.equipmentId());
            Origin origin = new Origin(finding.equipmentId(), claim.key(), List.of(source), claim.repeatOfWorkOrderId());
            WorkOrder workOrder = WorkOrder.fromSource(claim.workOrderId(),
                    numbers.next(LocalDate.ofInstant(now, ticket.zone())), request,
                    sla.deadlinesFor(finding.communityId(), WorkOrderKind.INSPECTION_FINDING, trade, urgency, now),
                    origin, clock);
            try {
                workOrders.insert(workOrder, null);
            } catch (DuplicateKeyException openedMeanwhile) {
                log.debug("work order {} for finding {} was opened meanwhile", claim.workOrderId(), finding.aggregateId());
            }
        }
        problems.recordSource(finding.aggregateId(), claim.workOrderId());
    }

    private static String describe(FindingReported finding) {
        return FindingTerms.summary(finding.detail(), finding.evidence().stream()
                .map(e -> (e.label() == null ? e.kind() : e.label()) + "：" + e.value()).toList());
    }

    private static String reporterName(FindingReported finding) {
        return switch (finding.source()) {
            case "INSPECTION" -> "巡检";
            case "MAINTENANCE" -> "计划保养";
            case "DEVICE" -> "设备告警";
            case "METER" -> "抄表";
            case "SECURITY" -> "秩序维护";
            case "FEEDBACK" -> "业主反馈";
            default -> null;
        };
    }

    private static String unitOf(String locationKind, String locationId) {
        return "UNIT".equals(locationKind) ? locationId : null;
    }

    /** The id of the work order a finding opens, should it open one: the same for every retry. */
    private static String workOrderIdFor(FindingReported finding) {
        return uuidOf("finding:" + finding.aggregateId());
    }

    /** The id of a maintenance task's work order: the same for every delivery. */
    private static String workOrderIdFor(MaintenanceTaskDue task) {
        return uuidOf("maintenance-task:" + task.aggregateId());
    }

    private static String keyOf(FindingReported finding) {
        return ProblemKey.of(finding.communityId(), finding.equipmentId(), finding.locationKind(), finding.locationId(),
                finding.faultType());
    }

    private static String keyOf(FindingCleared cleared) {
        return ProblemKey.of(cleared.communityId(), cleared.equipmentId(), cleared.locationKind(), cleared.locationId(),
                cleared.faultType());
    }

    private static String uuidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
