package io.propertyops.ticket.workorder.domain;

import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.ticket.Charges;
import io.propertyops.events.ticket.WorkOrderAccepted;
import io.propertyops.events.ticket.WorkOrderArchived;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderConfirmed;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderDeclined;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderDueSoon;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderOverdue;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderPaused;
import io.propertyops.events.ticket.WorkOrderQuoteDecided;
import io.propertyops.events.ticket.WorkOrderQuoted;
import io.propertyops.events.ticket.WorkOrderReopened;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.events.ticket.WorkOrderResumed;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.events.ticket.WorkOrderRevisited;
import io.propertyops.events.ticket.WorkOrderStarted;
import io.propertyops.events.ticket.WorkOrderTaken;
import io.propertyops.events.ticket.WorkOrderUrged;
import io.propertyops.events.ticket.WorkOrderUrgencyChanged;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.pricing.domain.Quote;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.sla.domain.Deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A work order (工单): one request from an owner, resident or staff member, followed from intake to archive.
 * It owns its state machine; each command checks the current state and who is asking, changes the state, appends
 * to the timeline and records the event it causes. An illegal transition throws {@link ConflictException} (409).
 * <p>
 * 首问负责制: the staff member who accepts the request becomes its accountable agent and stays so through every
 * dispatch and transfer; only they or a supervisor may close it.
 */
public final class WorkOrder {

    private static final Set<WorkOrderStatus> BEING_WORKED = EnumSet.of(WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.TAKEN, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.ON_HOLD);
    /** The statuses in which deadlines run: not on hold, not resolved, not ended. */
    private static final Set<WorkOrderStatus> WATCHED = EnumSet.of(WorkOrderStatus.SUBMITTED, WorkOrderStatus.ACCEPTED,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.TAKEN, WorkOrderStatus.IN_PROGRESS);
    /** 催单 at most this often, so that urging reaches people without flooding them. */
    public static final Duration URGE_INTERVAL = Duration.ofMinutes(30);
    private static final Set<WorkOrderKind> ANSWERED_BY_THE_AGENT = EnumSet.of(WorkOrderKind.COMPLAINT,
            WorkOrderKind.SUGGESTION, WorkOrderKind.INQUIRY);

    private final String id;
    private final String number;
    private WorkOrderRequest request;
    private final Instant submittedAt;
    private Progress progress;
    private Quoting quoting = Quoting.NONE;
    private String parentId;
    /** Set when another domain raised it (a finding, a maintenance task); null for a request from a person. */
    private Origin origin;
    private final long version;
    private final List<DomainEvent> recordedEvents = new ArrayList<>();
    /** The state as it was read, for a write that sends only what changed since; null until stored. */
    private Stored stored;

    private record Stored(WorkOrderRequest request, Progress progress, Quote quote, String parentId, Origin origin) {
    }

    private WorkOrder(String id, String number, WorkOrderRequest request, Instant submittedAt, Progress progress,
                      long version) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.request = Objects.requireNonNull(request);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.progress = Objects.requireNonNull(progress);
        this.version = version;
    }

    /**
     * A new request arrives and is registered (受理 comes next, by the service centre), with the deadlines its
     * community's SLA gives it from now.
     */
    public static WorkOrder submit(String id, String number, WorkOrderRequest request, Deadlines deadlines, Clock clock) {
        return open(id, number, request, deadlines, null, null, clock);
    }

    /**
     * A work order another domain raised: a finding about a problem no work order holds open, or a maintenance
     * task that is due. It records which source opened it, and says so to the domain that sent it.
     */
    public static WorkOrder fromSource(String id, String number, WorkOrderRequest request, Deadlines deadlines,
                                       Origin origin, Clock clock) {
        WorkOrder workOrder = open(id, number, request, deadlines, null, Objects.requireNonNull(origin, "origin"), clock);
        Origin.Source opener = origin.sources().getFirst();
        workOrder.record(facts -> new WorkOrderSourceLinked(eventId(), id, workOrder.submittedAt, opener.kind().name(),
                opener.id(), true, origin.occurrences(), origin.repeatOfWorkOrderId(), origin.equipmentId(), facts));
        return workOrder;
    }

    /**
     * One more finding about the problem this work order holds open: its evidence goes on the timeline and it
     * counts as one more occurrence. A finding it holds already changes nothing.
     *
     * @return whether it was added
     */
    public boolean addOccurrence(Origin.Source source) {
        if (origin == null || origin.problemKey() == null) {
            throw new IllegalStateException("work order " + number + " holds no problem of another domain");
        }
        if (origin.holds(source.id())) {
            return false;
        }
        if (!holdsProblemOpen()) {
            throw illegal("take more findings");
        }
        origin = origin.with(source);
        move(source.at(), Actor.SYSTEM, "occurrence-added", progress.status(), source.summary(), p -> p);
        record(facts -> new WorkOrderSourceLinked(eventId(), id, source.at(), source.kind().name(), source.id(), false,
                origin.occurrences(), origin.repeatOfWorkOrderId(), origin.equipmentId(), facts));
        return true;
    }

    /** What raised a finding it holds went away by itself (a device's alarm cleared): a note on the timeline. */
    public void sourceCleared(String sourceId, String note, Instant at) {
        move(at, Actor.SYSTEM, "source-cleared", progress.status(),
                sourceId + (note == null || note.isBlank() ? "" : " " + note), p -> p);
    }

    /** Whether the timeline notes already that this source cleared. */
    public boolean clearedNoted(String sourceId) {
        return progress.timeline().stream().anyMatch(entry -> entry.action().equals("source-cleared")
                && entry.note() != null && (entry.note().equals(sourceId) || entry.note().startsWith(sourceId + " ")));
    }

    /**
     * Whether the problem it stands for is still being dealt with: from intake until it is resolved or cancelled.
     * After that, a new finding about the same problem is a new failure, and a new work order.
     */
    public boolean holdsProblemOpen() {
        return switch (progress.status()) {
            case SUBMITTED, ACCEPTED, DISPATCHED, TAKEN, IN_PROGRESS, ON_HOLD -> true;
            default -> false;
        };
    }

    /** When the work was reported done, the last time; null if it never was. */
    public Instant resolvedAt() {
        Instant resolved = null;
        for (TimelineEntry entry : progress.timeline()) {
            if (entry.action().equals("resolved")) {
                resolved = entry.at();
            }
        }
        return resolved;
    }

    /** Registers a request, on its own or, with a lead's id, as a sub-task of it. */
    private static WorkOrder open(String id, String number, WorkOrderRequest request, Deadlines deadlines,
                                  String parentId, Origin origin, Clock clock) {
        Instant now = clock.instant();
        WorkOrder workOrder = new WorkOrder(id, number, request, now,
                Progress.submitted(new TimelineEntry(now, request.reporterId(), "submitted", WorkOrderStatus.SUBMITTED,
                        request.title()), deadlines), 0);
        workOrder.parentId = parentId;
        workOrder.origin = origin;
        workOrder.recordedEvents.add(new WorkOrderCreated(UUID.randomUUID().toString(), id, now, number,
                request.communityId(), request.unitId(), request.reporterId(), request.reporterName(),
                request.kind().name(), request.category(), request.urgency().name(), request.channel().name(),
                request.title(), request.description(), request.location(), parentId, request.equipmentId()));
        return workOrder;
    }


    /**
     * Rebuilds a stored work order with the quote of a paid repair and the lead work order of a sub-task, when it
     * has them; it records no events.
     */
    public static WorkOrder restore(String id, String number, WorkOrderRequest request, Instant submittedAt,
                                    Progress progress, Quote quote, String parentId, long version) {
        return restore(id, number, request, submittedAt, progress, quote, parentId, null, version);
    }

    /** Rebuilds a stored work order, with where it came from when another domain raised it. */
    public static WorkOrder restore(String id, String number, WorkOrderRequest request, Instant submittedAt,
                                    Progress progress, Quote quote, String parentId, Origin origin, long version) {
        WorkOrder workOrder = new WorkOrder(id, number, request, submittedAt, progress, version);
        workOrder.quoting = new Quoting(quote);
        workOrder.parentId = parentId;
        workOrder.origin = origin;
        workOrder.stored = new Stored(request, progress, quote, parentId, origin);
        return workOrder;
    }

    /**
     * The work order as it was read, before the commands applied to it since; itself when it was never stored. Its
     * timeline is a prefix of this one's: commands only append to it.
     */
    public WorkOrder asStored() {
        return stored == null ? this : restore(id, number, stored.request(), submittedAt, stored.progress(),
                stored.quote(), stored.parentId(), stored.origin(), version);
    }

    /** The same work order as stored at {@code newVersion}, once the changes were written. */
    public WorkOrder savedAs(long newVersion) {
        return restore(id, number, request, submittedAt, progress, quoting.quote(), parentId, origin, newVersion);
    }

    /** Whether sub-tasks were ever opened for it, so whether a resolution has to look for open ones. */
    public boolean hasSubTasks() {
        return progress.timeline().stream().anyMatch(entry -> entry.action().equals("sub-task-opened"));
    }

    /**
     * Cross-team work: the lead work order's accountable agent (or a supervisor) opens a sub-task for another
     * team's trade. It is accepted at once by whoever opened it, goes to dispatch like any work order, and the lead
     * is resolved only when all its sub-tasks are.
     */
    public WorkOrder subTask(String subTaskId, String subTaskNumber, Actor lead, String category, String title,
                             Deadlines deadlines, Clock clock) {
        if (!isAccountable(lead) && !lead.supervises()) {
            throw new RuleViolationException("not-accountable", null,
                    "Only the accountable agent or a supervisor opens sub-tasks of " + number);
        }
        if (parentId != null) {
            throw new RuleViolationException("nested-sub-task", null, "A sub-task has no sub-tasks of its own");
        }
        if (progress.status() != WorkOrderStatus.ACCEPTED && !BEING_WORKED.contains(progress.status())) {
            throw illegal("take sub-tasks");
        }
        WorkOrderRequest part = new WorkOrderRequest(request.communityId(), request.unitId(), lead.id(), null, null,
                request.kind(), category, request.urgency(), Channel.SYSTEM, title, "Sub-task of " + number,
                request.location());
        WorkOrder child = open(subTaskId, subTaskNumber, part, deadlines, id, null, clock);
        child.accept(lead, clock.instant());
        move(clock.instant(), lead, "sub-task-opened", progress.status(), subTaskNumber + " " + category, p -> p);
        return child;
    }

    /** Resolves, provided no sub-task is still open. */
    public void resolve(Actor actor, String result, Instant at, long openSubTasks) {
        if (openSubTasks > 0) {
            throw new ConflictException("open-sub-tasks", "Work order " + number + " has " + openSubTasks
                    + " sub-task(s) still open; it is resolved when all are");
        }
        resolve(actor, result, at);
    }

    /**
     * 报价: the technician prices a paid in-unit repair from the community's list, after taking it and before
     * starting; a new quote replaces one the owner has not approved.
     */
    public void quote(Actor technician, Quote.Priced priced, Instant at) {
        requireAssignee(technician);
        requireStatus("be quoted", WorkOrderStatus.TAKEN);
        if (request.unitId() == null) {
            throw new RuleViolationException("not-in-unit", "unitId", "only in-unit repairs are paid for by the owner");
        }
        quoting = quoting.propose(priced, technician.id(), at, number);
        Quote quote = quoting.quote();
        move(at, technician, "quoted", progress.status(), quote.total() + " " + quote.currency(), p -> p);
        record(facts -> new WorkOrderQuoted(eventId(), id, at, technician.id(), facts, quoting.charges()));
    }

    /** The reporter approves or declines the quote; work starts only on an approved one. */
    public void decideQuote(Actor reporter, boolean approve, Instant at) {
        requireReporter(reporter);
        quoting = quoting.decide(approve, at, number);
        move(at, reporter, approve ? "quote-approved" : "quote-declined", progress.status(), null, p -> p);
        record(facts -> new WorkOrderQuoteDecided(eventId(), id, at, reporter.id(), facts, approve, quoting.charges()));
    }

    /** 受理: the service centre takes the request; the agent who does becomes accountable for it. */
    public void accept(Actor agent, Instant at) {
        requireStatus("accept", WorkOrderStatus.SUBMITTED);
        move(at, agent, "accepted", WorkOrderStatus.ACCEPTED, null,
                p -> with(p, WorkOrderStatus.ACCEPTED, agent.id(), null, p.reopenCount())
                        .with(p.deadlines().met(DeadlineKind.RESPONSE, at)));
        record(facts -> new WorkOrderAccepted(eventId(), id, at, agent.id(), facts));
    }

    /**
     * 派单: gives the work to a technician, by hand or by auto-dispatch. On work that is already with someone,
     * this is a re-dispatch (transfer): the accountable agent stays.
     */
    public void dispatch(Actor dispatcher, String technicianId, boolean automatic, Instant at) {
        Objects.requireNonNull(technicianId, "technicianId");
        if (progress.status() != WorkOrderStatus.ACCEPTED && !BEING_WORKED.contains(progress.status())) {
            throw illegal("dispatch");
        }
        String previous = progress.assigneeId();
        if (technicianId.equals(previous)) {
            throw new ConflictException("already-assigned", "Work order " + number + " is with " + technicianId + " already");
        }
        move(at, dispatcher, previous == null ? "dispatched" : "transferred", WorkOrderStatus.DISPATCHED,
                technicianId, p -> with(p, WorkOrderStatus.DISPATCHED, p.accountableAgentId(), technicianId, p.reopenCount(),
                        null, pausedUntil(p, at)));
        record(facts -> new WorkOrderDispatched(eventId(), id, at, dispatcher.id(), facts, technicianId,
                previous, automatic));
    }

    /** 接单: the technician takes the work dispatched to them. */
    public void take(Actor technician, Instant at) {
        requireAssignee(technician);
        requireStatus("take", WorkOrderStatus.DISPATCHED);
        transition(technician, at, "taken", WorkOrderStatus.TAKEN, null,
                facts -> new WorkOrderTaken(eventId(), id, at, technician.id(), facts));
    }

    /** The technician declines the work; it goes back to dispatch. */
    public void decline(Actor technician, String reason, Instant at) {
        requireAssignee(technician);
        requireStatus("decline", WorkOrderStatus.DISPATCHED, WorkOrderStatus.TAKEN);
        String why = requireText(reason, "reason", "a decline needs a reason");
        move(at, technician, "declined", WorkOrderStatus.ACCEPTED, why,
                p -> with(p, WorkOrderStatus.ACCEPTED, p.accountableAgentId(), null, p.reopenCount()));
        record(facts -> new WorkOrderDeclined(eventId(), id, at, technician.id(), facts, why));
    }

    /** 处理: the technician is on site. */
    public void start(Actor technician, Instant at) {
        requireAssignee(technician);
        requireStatus("start", WorkOrderStatus.TAKEN);
        if (quoting.holdsBackWork()) {
            throw new ConflictException("quote-not-approved",
                    "Work on " + number + " starts once the owner approved the quote");
        }
        progress = progress.with(progress.deadlines().met(DeadlineKind.ARRIVAL, at));
        transition(technician, at, "started", WorkOrderStatus.IN_PROGRESS, null,
                facts -> new WorkOrderStarted(eventId(), id, at, technician.id(), facts));
    }

    /** Waiting for parts or the owner: the SLA clock pauses until {@link #resume}. */
    public void hold(Actor technician, String reason, Instant at) {
        requireAssigneeOrSupervisor(technician);
        requireStatus("hold", WorkOrderStatus.IN_PROGRESS);
        String why = requireText(reason, "reason", "a hold needs a reason");
        move(at, technician, "paused", WorkOrderStatus.ON_HOLD, why,
                p -> with(p, WorkOrderStatus.ON_HOLD, p.accountableAgentId(), p.assigneeId(), p.reopenCount(), at,
                        p.pausedFor()));
        record(facts -> new WorkOrderPaused(eventId(), id, at, technician.id(), facts, why));
    }

    public void resume(Actor technician, Instant at) {
        resume(technician, at, (deadlines, pausedAt) -> deadlines);
    }

    /**
     * Work resumes; the open deadlines move by the time on hold, as {@code afterPause} counts it in the community's
     * calendar.
     */
    public void resume(Actor technician, Instant at, BiFunction<Deadlines, Instant, Deadlines> afterPause) {
        requireAssigneeOrSupervisor(technician);
        requireStatus("resume", WorkOrderStatus.ON_HOLD);
        Deadlines shifted = afterPause.apply(progress.deadlines(), progress.onHoldSince());
        move(at, technician, "resumed", WorkOrderStatus.IN_PROGRESS, null,
                p -> with(p, WorkOrderStatus.IN_PROGRESS, p.accountableAgentId(), p.assigneeId(), p.reopenCount(),
                        null, pausedUntil(p, at)).with(shifted));
        record(facts -> new WorkOrderResumed(eventId(), id, at, technician.id(), facts));
    }

    /**
     * 完工: the technician reports the work done. A complaint, suggestion or inquiry is answered by its accountable
     * agent without dispatch.
     */
    public void resolve(Actor actor, String result, Instant at) {
        String what = requireText(result, "result", "say what was done");
        boolean agentAnswers = ANSWERED_BY_THE_AGENT.contains(request.kind())
                && progress.status() == WorkOrderStatus.ACCEPTED && isAccountable(actor);
        if (!agentAnswers) {
            requireAssignee(actor);
            requireStatus("resolve", WorkOrderStatus.IN_PROGRESS);
        }
        move(at, actor, "resolved", WorkOrderStatus.RESOLVED, what,
                p -> new Progress(WorkOrderStatus.RESOLVED, p.accountableAgentId(), p.assigneeId(), p.reopenCount(),
                        null, p.pausedFor(), what, p.timeline(),
                        p.deadlines().met(DeadlineKind.RESOLUTION, at).met(DeadlineKind.REPLY, at), p.alerts()));
        record(facts -> new WorkOrderResolved(eventId(), id, at, actor.id(), facts, what));
    }

    /** The reporter accepts the result, or the platform does after the configured days without an answer. */
    public void confirm(Actor actor, Instant at) {
        boolean automatic = actor.equals(Actor.SYSTEM);
        if (!automatic) {
            requireReporter(actor);
        }
        requireStatus("confirm", WorkOrderStatus.RESOLVED);
        transition(actor, at, automatic ? "auto-confirmed" : "confirmed", WorkOrderStatus.CONFIRMED, null,
                facts -> new WorkOrderConfirmed(eventId(), id, at, actor.id(), facts, automatic));
    }

    /** The reporter rejects the result: back to dispatch, counted as a reopen. */
    public void reject(Actor reporter, String reason, Instant at) {
        requireReporter(reporter);
        requireStatus("reject", WorkOrderStatus.RESOLVED);
        reopen(reporter, requireText(reason, "reason", "say what is still wrong"), at);
    }

    /** 回访: the service centre called the reporter back; a dissatisfied reporter reopens the work order. */
    public void revisit(Actor agent, boolean satisfied, String note, Instant at) {
        if (!agent.isStaff()) {
            throw new NotFoundException("WorkOrder", id);
        }
        requireStatus("revisit", WorkOrderStatus.CONFIRMED);
        String said = requireText(note, "note", "record what the reporter said");
        transition(agent, at, "revisited", WorkOrderStatus.REVISITED, said,
                facts -> new WorkOrderRevisited(eventId(), id, at, agent.id(), facts, satisfied, said));
        if (!satisfied) {
            reopen(agent, said, at);
        }
    }

    /** Only the accountable agent or a supervisor closes a work order (首问负责制). */
    public void close(Actor actor, Instant at) {
        requireStatus("close", WorkOrderStatus.REVISITED);
        if (!isAccountable(actor) && !actor.supervises()) {
            throw new RuleViolationException("not-accountable", null,
                    "Only the accountable agent or a supervisor closes work order " + number);
        }
        Charges charges = quoting.approvedCharges();
        transition(actor, at, "closed", WorkOrderStatus.CLOSED, null,
                facts -> new WorkOrderClosed(eventId(), id, at, actor.id(), facts, charges));
    }

    /** The reporter cancels before dispatch; staff cancel before resolution, with a reason. */
    public void cancel(Actor actor, String reason, Instant at) {
        boolean byReporter = actor.id().equals(request.reporterId()) && !actor.isStaff();
        if (byReporter) {
            requireStatus("cancel", WorkOrderStatus.SUBMITTED, WorkOrderStatus.ACCEPTED);
        } else if (progress.status() != WorkOrderStatus.SUBMITTED && progress.status() != WorkOrderStatus.ACCEPTED
                && !BEING_WORKED.contains(progress.status())) {
            throw illegal("cancel");
        }
        String why = byReporter && (reason == null || reason.isBlank())
                ? "cancelled by the reporter" : requireText(reason, "reason", "staff cancel with a reason");
        transition(actor, at, "cancelled", WorkOrderStatus.CANCELLED, why,
                facts -> new WorkOrderCancelled(eventId(), id, at, actor.id(), facts, why));
    }

    /** 归档: a closed or cancelled work order is archived after the configured period. */
    public void archive(Instant at) {
        requireStatus("archive", WorkOrderStatus.CLOSED, WorkOrderStatus.CANCELLED);
        transition(Actor.SYSTEM, at, "archived", WorkOrderStatus.ARCHIVED, null,
                facts -> new WorkOrderArchived(eventId(), id, at, Actor.SYSTEM.id(), facts));
    }

    /**
     * The overdue watch: emits, for each open deadline, what has come due by {@code now} and was not emitted yet, in
     * order — due soon, overdue with escalation level 1, level 2, level 3 — each once. Nothing while on hold or once
     * resolved or cancelled.
     */
    public void watch(Instant now, EscalationPolicy policy) {
        Instant timer = timer(policy);
        if (timer != null && !timer.isAfter(now)) {
            if (progress.status() == WorkOrderStatus.RESOLVED) {
                confirm(Actor.SYSTEM, now);
            } else {
                archive(now);
            }
            return;
        }
        if (!WATCHED.contains(progress.status())) {
            return;
        }
        AlertSchedule.Due due = alertSchedule(policy).dueBy(now);
        due.alerts().forEach(alert -> alert(alert.kind(), alert.due(), alert.stage(), now));
        progress = progress.withAlerts(due.emitted());
    }

    /** When {@link #watch} next has something to emit; null when nothing is pending. Stored indexed for the scan. */
    public Instant nextAlertAt(EscalationPolicy policy) {
        if (!WATCHED.contains(progress.status())) {
            return timer(policy);
        }
        return alertSchedule(policy).next();
    }

    /** The alerts its open deadlines raise, and how far each has come. */
    public AlertSchedule alertSchedule(EscalationPolicy policy) {
        return new AlertSchedule(submittedAt, progress.deadlines(), progress.alerts(), policy);
    }

    /** When an unanswered resolution is confirmed, or an ended work order archived; null for other statuses. */
    private Instant timer(EscalationPolicy policy) {
        return switch (progress.status()) {
            case RESOLVED -> lastStep().at().plus(policy.autoConfirmAfter());
            case CLOSED, CANCELLED -> lastStep().at().plus(policy.archiveAfter());
            default -> null;
        };
    }

    /** The last step that changed the status (comments and urges do not). */
    private TimelineEntry lastStep() {
        List<TimelineEntry> timeline = progress.timeline();
        for (int i = timeline.size() - 1; i > 0; i--) {
            if (!timeline.get(i).action().equals("commented") && !timeline.get(i).action().equals("urged")) {
                return timeline.get(i);
            }
        }
        return timeline.getFirst();
    }

    private void alert(DeadlineKind kind, Instant due, int stage, Instant now) {
        String deadline = kind.name();
        WorkOrderFacts facts = facts();
        switch (stage) {
            case 1 -> {
                if (now.isBefore(due)) {
                    recordedEvents.add(new WorkOrderDueSoon(eventId(), id, now, Actor.SYSTEM.id(), facts, deadline, due));
                }
            }
            case 2 -> {
                recordedEvents.add(new WorkOrderOverdue(eventId(), id, now, Actor.SYSTEM.id(), facts, deadline, due));
                recordedEvents.add(new WorkOrderEscalated(eventId(), id, now, Actor.SYSTEM.id(), facts, deadline, due, 1));
            }
            default -> recordedEvents.add(new WorkOrderEscalated(eventId(), id, now, Actor.SYSTEM.id(), facts, deadline,
                    due, stage - 1));
        }
    }

    /** 催单: the reporter urges open work on, at most once per {@link #URGE_INTERVAL}. */
    public void urge(Actor reporter, Instant at) {
        requireReporter(reporter);
        if (!WATCHED.contains(progress.status()) && progress.status() != WorkOrderStatus.ON_HOLD) {
            throw illegal("be urged");
        }
        List<TimelineEntry> urges = progress.timeline().stream().filter(entry -> entry.action().equals("urged")).toList();
        if (!urges.isEmpty() && urges.getLast().at().plus(URGE_INTERVAL).isAfter(at)) {
            throw new ConflictException("urged-recently", "Work order " + number + " was urged at "
                    + urges.getLast().at() + "; it can be urged again " + URGE_INTERVAL.toMinutes() + " minutes after that");
        }
        int count = urges.size() + 1;
        move(at, reporter, "urged", progress.status(), null, p -> p);
        record(facts -> new WorkOrderUrged(eventId(), id, at, reporter.id(), facts, count));
    }

    /**
     * Staff change the urgency, with a reason: the deadlines are recomputed from the submission for the new
     * urgency; deadlines already met stay met.
     */
    public void changeUrgency(Actor actor, Urgency urgency, String reason, Instant at,
                              Function<Urgency, Deadlines> recompute) {
        if (!actor.isStaff()) {
            throw new NotFoundException("WorkOrder", id);
        }
        if (!WATCHED.contains(progress.status()) && progress.status() != WorkOrderStatus.ON_HOLD) {
            throw illegal("change its urgency");
        }
        String why = requireText(reason, "reason", "say why the urgency changes");
        Urgency previous = request.urgency();
        if (urgency == previous) {
            throw new ConflictException("same-urgency", "Work order " + number + " is " + urgency + " already");
        }
        request = request.withUrgency(urgency);
        Deadlines recomputed = recompute.apply(urgency);
        move(at, actor, "urgency-changed", progress.status(), previous + " → " + urgency + ": " + why,
                p -> p.with(recomputed));
        record(facts -> new WorkOrderUrgencyChanged(eventId(), id, at, actor.id(), facts, previous.name(), why));
    }

    /** A note on the timeline from the reporter, the assignee or staff; it changes nothing else. */
    public void comment(Actor actor, String text, Instant at) {
        String note = requireText(text, "text", "a comment needs text");
        if (progress.status() == WorkOrderStatus.ARCHIVED) {
            throw illegal("take comments");
        }
        move(at, actor, "commented", progress.status(), note, p -> p);
    }

    private void reopen(Actor actor, String reason, Instant at) {
        move(at, actor, "reopened", WorkOrderStatus.ACCEPTED, reason,
                p -> new Progress(WorkOrderStatus.ACCEPTED, p.accountableAgentId(), null, p.reopenCount() + 1,
                        null, p.pausedFor(), null, p.timeline(), p.deadlines(), p.alerts()));
        record(facts -> new WorkOrderReopened(eventId(), id, at, actor.id(), facts, reason,
                progress.reopenCount()));
    }

    /** A transition that changes only the status. */
    private void transition(Actor actor, Instant at, String action, WorkOrderStatus next, String note,
                            Function<WorkOrderFacts, DomainEvent> event) {
        move(at, actor, action, next, note,
                p -> with(p, next, p.accountableAgentId(), p.assigneeId(), p.reopenCount()));
        record(event);
    }

    private void move(Instant at, Actor actor, String action, WorkOrderStatus next, String note,
                      Function<Progress, Progress> change) {
        Progress changed = change.apply(progress);
        List<TimelineEntry> timeline = new ArrayList<>(changed.timeline());
        timeline.add(new TimelineEntry(at, actor.id(), action, next, note));
        progress = new Progress(changed.status(), changed.accountableAgentId(), changed.assigneeId(),
                changed.reopenCount(), changed.onHoldSince(), changed.pausedFor(), changed.result(), timeline,
                changed.deadlines(), changed.alerts());
    }

    private void record(Function<WorkOrderFacts, DomainEvent> event) {
        recordedEvents.add(event.apply(facts()));
    }

    private static Progress with(Progress p, WorkOrderStatus status, String agent, String assignee, int reopens) {
        return with(p, status, agent, assignee, reopens, p.onHoldSince(), p.pausedFor());
    }

    private static Progress with(Progress p, WorkOrderStatus status, String agent, String assignee, int reopens,
                                 Instant onHoldSince, Duration pausedFor) {
        return new Progress(status, agent, assignee, reopens, onHoldSince, pausedFor, p.result(), p.timeline(),
                p.deadlines(), p.alerts());
    }

    /** The paused time including a hold that ends now. */
    private static Duration pausedUntil(Progress p, Instant at) {
        return p.onHoldSince() == null ? p.pausedFor() : p.pausedFor().plus(Duration.between(p.onHoldSince(), at));
    }

    /** The work order as events describe it. */
    public WorkOrderFacts facts() {
        return new WorkOrderFacts(number, request.communityId(), request.unitId(), request.reporterId(),
                request.kind().name(), request.category(), request.urgency().name(), progress.status().name(),
                progress.accountableAgentId(), progress.assigneeId(), progress.reopenCount(), dueTimes());
    }

    private Map<String, Instant> dueTimes() {
        Map<String, Instant> due = new LinkedHashMap<>();
        progress.deadlines().byKind().forEach((kind, deadline) -> due.put(kind.name(), deadline.due()));
        return due;
    }

    /** The events recorded since the last call, handed to the outbox with the state they belong to. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(recordedEvents);
        recordedEvents.clear();
        return events;
    }

    public boolean isVisibleTo(String personId) {
        return request.reporterId().equals(personId);
    }

    private boolean isAccountable(Actor actor) {
        return actor.id().equals(progress.accountableAgentId());
    }

    /** Someone else's work answers as if it did not exist, so ids cannot be probed. */
    private void requireAssignee(Actor actor) {
        if (!actor.id().equals(progress.assigneeId())) {
            throw new NotFoundException("WorkOrder", id);
        }
    }

    private void requireAssigneeOrSupervisor(Actor actor) {
        if (!actor.supervises()) {
            requireAssignee(actor);
        }
    }

    private void requireReporter(Actor actor) {
        if (!actor.id().equals(request.reporterId())) {
            throw new NotFoundException("WorkOrder", id);
        }
    }

    private void requireStatus(String action, WorkOrderStatus... allowed) {
        for (WorkOrderStatus status : allowed) {
            if (progress.status() == status) {
                return;
            }
        }
        throw illegal(action);
    }

    private ConflictException illegal(String action) {
        return new ConflictException("illegal-transition",
                "Work order " + number + " is " + progress.status() + "; it cannot " + action + " now");
    }

    private static String requireText(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("required", field, message);
        }
        return text.strip();
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public WorkOrderRequest request() {
        return request;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public WorkOrderStatus status() {
        return progress.status();
    }

    public Progress progress() {
        return progress;
    }

    /** The lead work order, for a sub-task; null otherwise. */
    /** Where it came from when another domain raised it; null for a request from a person. */
    public Origin origin() {
        return origin;
    }

    public String parentId() {
        return parentId;
    }

    /** The quote of a paid repair; null for free work. */
    public Quote quote() {
        return quoting.quote();
    }

    public long version() {
        return version;
    }
}
