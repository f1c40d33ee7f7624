package io.propertyops.facility.plan.application;

import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.MeterTrigger;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.facility.plan.domain.Window;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Staff define plans, pause and resume them, feed a plan's meter, and read what falls due when (the calendar). Every
 * plan belongs to a community; someone else's answers 404.
 */
@Service
@EnableConfigurationProperties(PlanProperties.class)
public class Plans {

    /** How often a write that lost to another (the generator, a completion) is tried again on what is stored now. */
    static final int ATTEMPTS = 5;

    /** A plan as staff define it. */
    public record Definition(String communityId, String name, PlanKind kind, Target target, String category,
                             Schedule schedule, Window window, Duration leadTime, List<String> assigneeIds,
                             String supervisorId, Checklist checklist, MeterTrigger meterTrigger,
                             LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** A plan and whether this call created it (or found the one an earlier call with the same key created). */
    public record Created(Plan plan, boolean created) {
    }

    /**
     * One occurrence on the calendar, generated or not yet.
     *
     * @param generateAt when its task is (or was) generated
     * @param task       its task once generated; null before
     */
    public record CalendarEntry(Plan plan, LocalDate date, Instant windowStart, Instant windowEnd, Instant generateAt,
                                PlanTask task) {
    }

    private final PlanStore plans;
    private final TaskStore tasks;
    private final InspectionRounds rounds;
    private final PlanProperties properties;
    private final Clock clock;

    Plans(PlanStore plans, TaskStore tasks, InspectionRounds rounds, PlanProperties properties, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.rounds = rounds;
        this.properties = properties;
        this.clock = clock;
    }

    public Created create(Caller caller, Definition definition, String idempotencyKey) {
        caller.requireCommunity(definition.communityId());
        String id = CreatedIds.of("plan", caller.id(), idempotencyKey);
        Plan plan = Plan.define(id, definition.communityId(), definition.name(), definition.kind(), definition.target(),
                definition.category(), definition.schedule(), definition.window(), definition.leadTime(),
                definition.assigneeIds(), definition.supervisorId(), checklistOf(definition), definition.meterTrigger(),
                definition.effectiveFrom(), definition.effectiveTo());
        requireRoute(plan);
        if (plans.insert(plan)) {
            return new Created(plan, true);
        }
        return new Created(get(caller, id), false);
    }

    public Plan get(Caller caller, String id) {
        return plans.find(id).filter(plan -> caller.inCommunity(plan.communityId()))
                .orElseThrow(() -> new NotFoundException("Plan", id));
    }

    public List<Plan> inCommunity(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return plans.inCommunity(communityId);
    }

    public Plan redefine(Caller caller, String id, Definition definition, Long expectedVersion) {
        return change(caller, id, expectedVersion, plan -> {
            if (!plan.communityId().equals(definition.communityId())) {
                throw new RuleViolationException("community-fixed", "communityId", "a plan stays in its community");
            }
            Plan next = plan.redefine(Plan.define(id, plan.communityId(), definition.name(), definition.kind(),
                    definition.target(), definition.category(), definition.schedule(), definition.window(),
                    definition.leadTime(), definition.assigneeIds(), definition.supervisorId(),
                    checklistOf(definition), definition.meterTrigger(), definition.effectiveFrom(),
                    definition.effectiveTo()));
            requireRoute(next);
            return next;
        });
    }

    public Plan pause(Caller caller, String id, Long expectedVersion) {
        return change(caller, id, expectedVersion, Plan::paused);
    }

    public Plan resume(Caller caller, String id, Long expectedVersion) {
        return change(caller, id, expectedVersion, Plan::resumed);
    }

    /**
     * Removes a plan: nothing more is generated; the tasks it generated stay, as the record of what was done.
     */
    public void delete(Caller caller, String id, Long expectedVersion) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Plan stored = get(caller, id);
            requireVersion(stored, expectedVersion);
            if (plans.delete(stored)) {
                return;
            }
        }
        throw new ConflictException("busy", "plan " + id + " kept changing; try again");
    }

    /**
     * A reading of the plan's trigger meter (its running total). Until the meter feature announces readings, staff or
     * a device gateway post them here.
     */
    public Plan meterRead(Caller caller, String id, BigDecimal total, Instant readAt) {
        Instant at = readAt == null ? clock.instant() : readAt;
        return change(caller, id, null, plan -> plan.meterRead(total, LocalDate.ofInstant(at, properties.zone())));
    }

    /** Applies a change to the plan as stored now, again on what is stored if another write came first. */
    private Plan change(Caller caller, String id, Long expectedVersion, UnaryOperator<Plan> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Plan stored = get(caller, id);
            requireVersion(stored, expectedVersion);
            Plan next = change.apply(stored);
            if (next == stored || plans.save(next)) {
                return next;
            }
        }
        throw new ConflictException("busy", "plan " + id + " kept changing; try again");
    }

    private static void requireVersion(Plan stored, Long expectedVersion) {
        if (expectedVersion != null && stored.version() != expectedVersion) {
            throw new PreconditionFailedException("stale-version", "plan " + stored.id() + " is at version "
                    + stored.version() + ", not " + expectedVersion);
        }
    }

    private Checklist checklistOf(Definition definition) {
        // an inspection plan's checklists are its route's points'
        return definition.kind() == PlanKind.INSPECTION ? Checklist.empty() : definition.checklist();
    }

    private void requireRoute(Plan plan) {
        if (plan.kind() == PlanKind.INSPECTION && !rounds.routeExists(plan.communityId(), plan.target().routeId())) {
            throw new RuleViolationException("unknown-route", "target.routeId", "no route " + plan.target().routeId()
                    + " in community " + plan.communityId());
        }
    }

    /**
     * What falls due in a community from {@code from} to {@code to}: every task generated for those days, and every
     * planned occurrence not generated yet whose window is still to close (a FLOATING plan shows its next one only,
     * as the rest depend on when it is done).
     */
    public List<CalendarEntry> calendar(Caller caller, String communityId, LocalDate from, LocalDate to) {
        caller.requireCommunity(communityId);
        requireRange(from, to);
        List<Plan> inCommunity = plans.inCommunity(communityId);
        Map<String, List<PlanTask>> generated = new HashMap<>();
        for (PlanTask task : tasks.findAll(taskIds(inCommunity, from, to))) {
            generated.computeIfAbsent(task.planId(), planId -> new ArrayList<>()).add(task);
        }
        Instant now = clock.instant();
        List<CalendarEntry> entries = new ArrayList<>();
        for (Plan plan : inCommunity) {
            List<PlanTask> planTasks = generated.getOrDefault(plan.id(), List.of());
            for (PlanTask task : planTasks) {
                entries.add(new CalendarEntry(plan, task.occurrence(), task.windowStart(), task.windowEnd(),
                        plan.generateAt(task.occurrence(), properties.zone()), task));
            }
            if (!plan.active()) {
                continue;
            }
            for (LocalDate date : plan.plannedDates(from, to)) {
                Instant closes = plan.window().closesOn(date, properties.zone());
                if (planTasks.stream().noneMatch(task -> task.occurrence().equals(date)) && closes.isAfter(now)) {
                    entries.add(new CalendarEntry(plan, date, plan.window().opensOn(date, properties.zone()), closes,
                            plan.generateAt(date, properties.zone()), null));
                }
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::windowStart).thenComparing(entry -> entry.plan().name()));
        return entries;
    }

    /** A plan's tasks from {@code from} (today when null) to {@code to} (30 days on when null), by date. */
    public List<PlanTask> tasks(Caller caller, String planId, LocalDate from, LocalDate to) {
        Plan plan = get(caller, planId);
        LocalDate first = from != null ? from : LocalDate.ofInstant(clock.instant(), properties.zone());
        return tasksOf(plan, first, to != null ? to : first.plusDays(30));
    }

    private List<PlanTask> tasksOf(Plan plan, LocalDate from, LocalDate to) {
        requireRange(from, to);
        return tasks.findAll(taskIds(List.of(plan), from, to)).stream()
                .sorted(Comparator.comparing(PlanTask::occurrence)).toList();
    }

    private void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= properties.calendarDays()) {
            throw new RuleViolationException("invalid-range", "to", "from a day to a later one, at most "
                    + properties.calendarDays() + " days");
        }
    }

    /** Every id a task of these plans in the range could have: a look-up by id, whatever its trigger. */
    private static List<String> taskIds(List<Plan> plans, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        for (Plan plan : plans) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                ids.add(PlanTask.idOf(plan.id(), day));
            }
        }
        return ids;
    }
}
