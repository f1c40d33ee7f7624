package io.propertyops.ticket.sourced.application;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** A finding: a new work order for a new problem, or one more occurrence on the open one. */
    public void found(FindingReported finding) {
        if (problems.workOrderOf(finding.aggregateId()).isPresent()) {
            return;
        }
        String key = ProblemKey.of(finding.communityId(), finding.equipmentId(), finding.locationKind(),
                finding.locationId(), finding.faultType());
        Origin.Source source = new Origin.Source(Origin.SourceKind.FINDING, finding.aggregateId(), finding.occurredAt(),
                describe(finding));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<OpenProblems.Claim> held = problems.find(key);
            if (held.isEmpty()) {
                OpenProblems.Claim claim = new OpenProblems.Claim(key, workOrderIdFor(finding), finding.aggregateId(), null);
                if (problems.claim(claim)) {
                    open(finding, source, claim);
                    return;
                }
                continue;
            }
            OpenProblems.Claim claim = held.get();
            Optional<WorkOrder> holder = workOrders.findById(claim.workOrderId());
            if (holder.isEmpty()) {
                if (claim.openedBy().equals(finding.aggregateId())) {
                    open(finding, source, claim); // claimed, then interrupted before the work order was written
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
                open(finding, source, next);
                return;
            }
        }
        throw new ConflictException("problem-contended", "Finding " + finding.aggregateId() + " met " + ATTEMPTS
                + " concurrent changes of its problem's work order; it is retried");
    }

    /** What raised a finding went away by itself: noted on the work order that holds it, if it is still open. */
    public void cleared(FindingCleared cleared) {
        String key = ProblemKey.of(cleared.communityId(), cleared.equipmentId(), cleared.locationKind(),
                cleared.locationId(), cleared.faultType());
        String workOrderId = problems.workOrderOf(cleared.aggregateId())
                .or(() -> problems.find(key).map(OpenProblems.Claim::workOrderId)).orElse(null);
        if (workOrderId == null) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<WorkOrder> found = workOrders.findById(workOrderId);
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
        String id = uuidOf("maintenance-task:" + task.aggregateId());
        if (workOrders.findById(id).isPresent()) {
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

    private void open(FindingReported finding, Origin.Source source, OpenProblems.Claim claim) {
        if (workOrders.findById(claim.workOrderId()).isEmpty()) {
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

    private static String uuidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
