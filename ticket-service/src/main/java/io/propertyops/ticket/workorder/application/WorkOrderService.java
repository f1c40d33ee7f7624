package io.propertyops.ticket.workorder.application;

import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.category.application.CategoryTrees;
import io.propertyops.ticket.dispatch.application.DispatchRoster;
import io.propertyops.ticket.pricing.application.PriceLists;
import io.propertyops.ticket.sla.application.SlaPolicies;
import io.propertyops.ticket.sla.domain.Deadlines;
import io.propertyops.ticket.workorder.domain.Actor;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderNumbers;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Work-order intake, lookup and the steps of the loop, with the caller's data scope applied to every object: who may
 * report what is the {@link IntakePolicy}, who may see a work order its {@link Visibility}.
 */
@Service
public class WorkOrderService {

    private final WorkOrders workOrders;
    private final WorkOrderNumbers numbers;
    private final Clock clock;
    private final TicketProperties properties;

    private final SlaPolicies sla;
    private final DispatchRoster roster;
    private final PriceLists priceLists;
    private final CategoryTrees categories;

    WorkOrderService(WorkOrders workOrders, WorkOrderNumbers numbers, Clock clock, TicketProperties properties,
                     SlaPolicies sla, DispatchRoster roster, PriceLists priceLists, CategoryTrees categories) {
        this.categories = categories;
        this.priceLists = priceLists;
        this.sla = sla;
        this.roster = roster;
        this.workOrders = workOrders;
        this.numbers = numbers;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * What a caller reports. Owners and residents report as themselves: the token says who they are and which
     * units are theirs. An integration client reports for an owner it knows by unit, name and phone.
     */
    public record Report(String communityId, String unitId, String reporterName, String reporterPhone,
                         WorkOrderKind kind, String category, Urgency urgency,
                         String title, String description, String location, Channel channel, String reporterId,
                         String equipmentId) {

        public Report(String communityId, String unitId, String reporterName, String reporterPhone, WorkOrderKind kind,
                      String category, Urgency urgency, String title, String description, String location) {
            this(communityId, unitId, reporterName, reporterPhone, kind, category, urgency, title, description,
                    location, null, null, null);
        }

        public Report(String communityId, String unitId, String reporterName, String reporterPhone, WorkOrderKind kind,
                      String category, Urgency urgency, String title, String description, String location,
                      Channel channel, String reporterId) {
            this(communityId, unitId, reporterName, reporterPhone, kind, category, urgency, title, description,
                    location, channel, reporterId, null);
        }
    }

    /** The result of a submit: the work order and whether this call created it or found a retried one. */
    public record Submitted(WorkOrder workOrder, boolean created) {
    }

    public Submitted submit(Caller caller, Report report, String idempotencyKey) {
        String scopedKey = idempotencyKey == null ? null : caller.id() + ":" + idempotencyKey;
        if (scopedKey != null) {
            var earlier = workOrders.findByIdempotencyKey(scopedKey);
            if (earlier.isPresent()) {
                return new Submitted(earlier.get(), false);
            }
        }
        WorkOrderRequest request = IntakePolicy.requestFrom(caller, report);
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        String trade = categories.inForce(request.communityId()).tradeOf(request.category());
        Deadlines deadlines = sla.deadlinesFor(request.communityId(), request.kind(), trade, request.urgency(),
                clock.instant());
        WorkOrder workOrder = WorkOrder.submit(UUID.randomUUID().toString(), numbers.next(today), request, deadlines, clock);
        try {
            return new Submitted(workOrders.insert(workOrder, scopedKey), true);
        } catch (DuplicateKeyException e) {
            if (scopedKey != null) {
                return workOrders.findByIdempotencyKey(scopedKey).map(w -> new Submitted(w, false)).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public WorkOrder get(Caller caller, String id) {
        return workOrders.findById(id)
                .filter(workOrder -> Visibility.mayRead(caller, workOrder))
                .orElseThrow(() -> new NotFoundException("Work order", id));
    }

    /** One step of the loop, applied to a work order by an actor at a time. */
    @FunctionalInterface
    public interface Transition {
        void apply(WorkOrder workOrder, Actor actor, Instant at);
    }

    /**
     * Applies a transition to a work order the caller may see, on the version the caller read when they say which
     * (If-Match), and saves it with its events in one write. Whether the caller may take this step on this work
     * order (its reporter, its assignee, its accountable agent) is the aggregate's rule.
     * <p>
     * A step that succeeded answers the work order as saved, even when the step took it from the caller: a
     * technician who declines sees it back in dispatch, as they had it a moment ago plus their own step, and from
     * then on no longer sees it (a read answers 404).
     *
     * @throws StaleVersionException when the caller read an older version
     */
    public WorkOrder apply(Caller caller, String id, Long readVersion, Transition transition) {
        WorkOrder workOrder = get(caller, id);
        if (readVersion != null && readVersion != workOrder.version()) {
            throw new StaleVersionException(workOrder.number(), readVersion, workOrder.version());
        }
        transition.apply(workOrder, new Actor(caller.id(), caller.roles()), clock.instant());
        // answered from the work order just saved, at its new version, not read again
        return workOrders.update(workOrder);
    }

    /**
     * 受理, then auto-dispatch: an on-duty technician of the community with the skill and the least open work gets
     * it; when there is none, the work order waits for a dispatcher. Repairs and the work other domains raise
     * (findings, maintenance) are dispatched; complaints, suggestions and inquiries are answered by the accepting
     * agent and are not.
     */
    public WorkOrder accept(Caller caller, String id, Long readVersion) {
        WorkOrder accepted = apply(caller, id, readVersion, (w, actor, at) -> {
            w.accept(actor, at);
            if (w.request().kind() == WorkOrderKind.REPAIR || w.request().kind().internal()) {
                roster.choose(w.request().communityId(), tradeOf(w))
                        .ifPresent(technician -> w.dispatch(Actor.SYSTEM, technician.id(), true, at));
            }
        });
        if (accepted.progress().assigneeId() != null) {
            roster.assigned(accepted.progress().assigneeId(), accepted.id());
        }
        return accepted;
    }

    /**
     * Opens a sub-task of a lead work order for another team, saved before the lead records it, and auto-dispatched
     * like any accepted repair.
     */
    public WorkOrder openSubTask(Caller caller, String leadId, String category, String title) {
        WorkOrder lead = get(caller, leadId);
        Instant now = clock.instant();
        String trade = categories.inForce(lead.request().communityId()).tradeOf(category);
        Deadlines deadlines = sla.deadlinesFor(lead.request().communityId(), lead.request().kind(), trade,
                lead.request().urgency(), now);
        LocalDate today = LocalDate.ofInstant(now, properties.zone());
        WorkOrder child = lead.subTask(UUID.randomUUID().toString(), numbers.next(today),
                new Actor(caller.id(), caller.roles()), category, title, deadlines, clock);
        roster.choose(child.request().communityId(), trade)
                .ifPresent(technician -> child.dispatch(Actor.SYSTEM, technician.id(), true, now));
        workOrders.insert(child, null);
        workOrders.update(lead);
        return child;
    }

    public List<WorkOrder> subTasks(Caller caller, String leadId) {
        return workOrders.findSubTasks(get(caller, leadId).id());
    }

    /** Resolves a work order, once none of its sub-tasks is open. */
    public WorkOrder resolve(Caller caller, String id, Long readVersion, String result) {
        return apply(caller, id, readVersion,
                (w, actor, at) -> w.resolve(actor, result, at, w.hasSubTasks() ? workOrders.countOpenSubTasks(w.id()) : 0));
    }

    /** The assigned technician quotes a paid in-unit repair from the community's price list. */
    public WorkOrder quote(Caller caller, String id, Long readVersion, Map<String, BigDecimal> quantities) {
        return apply(caller, id, readVersion, (w, actor, at) ->
                w.quote(actor, priceLists.inForce(w.request().communityId()).price(quantities), at));
    }

    /** Staff change the urgency; the deadlines are recomputed from the submission in the community's SLA. */
    public WorkOrder changeUrgency(Caller caller, String id, Long readVersion, Urgency urgency, String reason) {
        return apply(caller, id, readVersion, (w, actor, at) -> w.changeUrgency(actor, urgency, reason, at,
                changed -> sla.afterUrgencyChange(w.request().communityId(), w.progress().deadlines(), w.request().kind(),
                        tradeOf(w), changed, w.submittedAt())));
    }

    /** Work resumes after a hold; the open deadlines move by the time on hold, counted in the community's calendar. */
    public WorkOrder resume(Caller caller, String id, Long readVersion) {
        return apply(caller, id, readVersion, (w, actor, at) -> w.resume(actor, at,
                (deadlines, pausedAt) -> sla.afterPause(w.request().communityId(), deadlines, pausedAt, at)));
    }

    /** The trade a work order's category belongs to: what skills and SLA rules name. */
    private String tradeOf(WorkOrder workOrder) {
        return categories.inForce(workOrder.request().communityId()).tradeOfExisting(workOrder.request().category());
    }

    /** Work orders of a community for its staff, in any of the statuses (every status when none), newest first. */
    public Page<WorkOrder> inCommunity(Caller caller, String communityId, Set<WorkOrderStatus> statuses,
                                       String assigneeId, Pageable pageable) {
        if (!caller.inCommunity(communityId)) {
            return Page.empty(pageable);
        }
        return workOrders.find(communityId, statuses, assigneeId, pageable);
    }

    /** The work dispatched to a technician and not yet resolved. */
    public Page<WorkOrder> assignedTo(Caller caller, Pageable pageable) {
        return workOrders.findOpenByAssignee(caller.id(), pageable);
    }

    public Page<WorkOrder> reportedBy(Caller caller, Pageable pageable) {
        return workOrders.findByReporter(caller.id(), pageable);
    }
}
