package io.propertyops.facility.plan.domain;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan (计划): preventive maintenance of a piece of equipment, inspection rounds on a route, or supervisors'
 * checks of cleaning and greening work, due on a schedule and generated as tasks ahead of time. Each occurrence is
 * generated once: its task id is the plan id and its date ({@link PlanTask#idOf}).
 *
 * @param leadTime     how long before an occurrence's window opens its task is generated
 * @param assigneeIds  who does it, the preferred one first; may be empty
 * @param supervisorId who is alerted when an inspection point is missed and who scores checks; may be null
 * @param meterTrigger MAINTENANCE: also due by use; null when only the calendar counts
 * @param effectiveTo  the last day an occurrence may fall on; null for no end
 * @param version      the version of the plan as staff edit it (the ETag); generation does not change it
 * @param revision     the store's write counter: every write, of staff or of the generator, is made on the revision
 *                     it read, so that none of them overwrites another
 */
public record Plan(String id, String communityId, String name, PlanKind kind, Target target, String category,
                   Schedule schedule, Window window, Duration leadTime, List<String> assigneeIds, String supervisorId,
                   Checklist checklist, MeterTrigger meterTrigger, boolean active, LocalDate effectiveFrom,
                   LocalDate effectiveTo, long version, long revision, Progress progress) {

    public static final Duration LONGEST_LEAD_TIME = Duration.ofDays(92);

    public Plan {
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
        checklist = checklist == null ? Checklist.empty() : checklist;
        leadTime = leadTime == null ? Duration.ZERO : leadTime;
        progress = progress == null ? Progress.none() : progress;
        if (name == null || name.isBlank() || kind == null || schedule == null || window == null || target == null
                || effectiveFrom == null) {
            throw new RuleViolationException("invalid-plan", "plan", "a plan has a name, a kind, a target, a schedule, "
                    + "a window and an effective-from date");
        }
        if (leadTime.isNegative() || leadTime.compareTo(LONGEST_LEAD_TIME) > 0) {
            throw new RuleViolationException("invalid-plan", "leadTime", "a lead time of 0 to 92 days");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new RuleViolationException("invalid-plan", "effectiveTo", "the plan ends before it starts");
        }
        if (kind == PlanKind.INSPECTION ? target.routeId() == null : target.location() == null) {
            throw new RuleViolationException("invalid-plan", "target", kind == PlanKind.INSPECTION
                    ? "an inspection plan names its route" : "a plan names the place it works on");
        }
        if (meterTrigger != null && kind != PlanKind.MAINTENANCE) {
            throw new RuleViolationException("invalid-plan", "meterTrigger", "only maintenance falls due by a meter");
        }
    }

    /** A new plan as staff define it: active, nothing generated yet. */
    public static Plan define(String id, String communityId, String name, PlanKind kind, Target target, String category,
                              Schedule schedule, Window window, Duration leadTime, List<String> assigneeIds,
                              String supervisorId, Checklist checklist, MeterTrigger meterTrigger,
                              LocalDate effectiveFrom, LocalDate effectiveTo) {
        return new Plan(id, communityId, name, kind, target, category, schedule, window, leadTime, assigneeIds,
                supervisorId, checklist, meterTrigger, true, effectiveFrom, effectiveTo, 1, 0, Progress.none());
    }

    /** The same plan redefined by staff; what was generated stays, and the new schedule goes on after it. */
    public Plan redefine(Plan definition) {
        if (definition.kind != kind) {
            throw new ConflictException("plan-kind-fixed", "a plan's kind cannot change; define a new plan");
        }
        return new Plan(id, communityId, definition.name, kind, definition.target, definition.category,
                definition.schedule, definition.window, definition.leadTime, definition.assigneeIds,
                definition.supervisorId, definition.checklist, definition.meterTrigger, active,
                definition.effectiveFrom, definition.effectiveTo, version + 1, revision, progress);
    }

    public Plan paused() {
        return active ? withActive(false) : this;
    }

    public Plan resumed() {
        return active ? this : withActive(true);
    }

    private Plan withActive(boolean now) {
        return new Plan(id, communityId, name, kind, target, category, schedule, window, leadTime, assigneeIds,
                supervisorId, checklist, meterTrigger, now, effectiveFrom, effectiveTo, version + 1, revision, progress);
    }

    private Plan withProgress(Progress next) {
        return new Plan(id, communityId, name, kind, target, category, schedule, window, leadTime, assigneeIds,
                supervisorId, checklist, meterTrigger, active, effectiveFrom, effectiveTo, version, revision, next);
    }

    public boolean inEffectOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** When the task of the occurrence on {@code date} is generated: its window's opening less the lead time. */
    public Instant generateAt(LocalDate date, ZoneId zone) {
        return window.opensOn(date, zone).minus(leadTime);
    }

    private Occurrence occurrence(LocalDate date, Occurrence.Trigger trigger, ZoneId zone) {
        return new Occurrence(date, trigger, window.opensOn(date, zone), window.closesOn(date, zone));
    }

    /** The planned dates in [{@code from}, {@code to}] as the schedule has them, generated or not (FIXED plans). */
    public List<LocalDate> plannedDates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (schedule.isFloating()) {
            nextFloatingDate().filter(date -> !date.isBefore(from) && !date.isAfter(to)).ifPresent(dates::add);
            return dates;
        }
        for (LocalDate date = schedule.firstOnOrAfter(effectiveFrom, from); !date.isAfter(to) && inEffectOn(date);
             date = schedule.firstAfter(effectiveFrom, date)) {
            dates.add(date);
        }
        return dates;
    }

    /** FLOATING: the date the next occurrence falls on, one interval after the last completion; empty while one is open. */
    private Optional<LocalDate> nextFloatingDate() {
        if (progress.openTaskId() != null) {
            return Optional.empty();
        }
        LocalDate next = progress.lastCompletedOn() == null ? schedule.firstOnOrAfter(effectiveFrom, effectiveFrom)
                : schedule.oneIntervalAfter(progress.lastCompletedOn());
        if (progress.generatedThrough() != null && !next.isAfter(progress.generatedThrough())) {
            next = progress.generatedThrough().plusDays(1); // done before its day: the next is never the same task
        }
        return Optional.of(next).filter(this::inEffectOn);
    }

    /** FIXED: the first planned date not generated yet. */
    private Optional<LocalDate> nextFixedDate() {
        LocalDate next = progress.generatedThrough() == null ? schedule.firstOnOrAfter(effectiveFrom, effectiveFrom)
                : schedule.firstAfter(effectiveFrom, progress.generatedThrough());
        return Optional.of(next).filter(this::inEffectOn);
    }

    private boolean meterDue() {
        return progress.meterDueOn() != null && (!schedule.isFloating() || progress.openTaskId() == null);
    }

    /**
     * When the generator next has something to do for this plan: the generate-at of its next occurrence, or at once
     * when a meter reading made one due. Empty when paused or when nothing more will fall due by itself (a FLOATING
     * plan waiting for its open task, a plan past its end).
     */
    public Optional<Instant> nextGenerateAt(ZoneId zone) {
        if (!active) {
            return Optional.empty();
        }
        if (meterDue()) {
            return Optional.of(Instant.EPOCH);
        }
        return (schedule.isFloating() ? nextFloatingDate() : nextFixedDate()).map(date -> generateAt(date, zone));
    }

    /**
     * What generation does with a plan at {@code now}.
     *
     * @param occurrences the occurrences to make tasks of, in date order
     * @param after       the plan with its progress moved past them
     */
    public record Generation(Plan after, List<Occurrence> occurrences) {
    }

    /**
     * The occurrences whose generate-at has come: for a FIXED plan every planned date not generated yet whose time has
     * come, up to {@code horizon} ahead of today and at most {@code max}; for a FLOATING plan the next one, unless one
     * is open. An occurrence whose window ended more than {@code catchUp} ago (a plan that starts in the past, a long
     * pause, a generator stopped for days) is passed over rather than generated late. A meter reading past the
     * threshold adds one for its day (or the next whose window is still open), unless the calendar gives that day
     * anyway; either way the meter's baseline starts again from its latest total.
     */
    public Generation generate(Instant now, ZoneId zone, Duration horizon, Duration catchUp, int max) {
        if (!active) {
            return new Generation(this, List.of());
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate lastDay = LocalDate.ofInstant(now.plus(horizon), zone);
        Instant tooOld = now.minus(catchUp);
        List<Occurrence> occurrences = new ArrayList<>();
        LocalDate through = progress.generatedThrough();
        String openTaskId = progress.openTaskId();
        if (schedule.isFloating()) {
            Optional<LocalDate> calendar = nextFloatingDate();
            if (calendar.isPresent() && window.closesOn(calendar.get(), zone).isBefore(tooOld)) {
                calendar = Optional.of(firstOpenDay(today, now, zone)).filter(this::inEffectOn);
            }
            boolean calendarDue = calendar.isPresent() && !generateAt(calendar.get(), zone).isAfter(now);
            if (meterDue()) {
                LocalDate meterDay = firstOpenDay(progress.meterDueOn(), now, zone);
                occurrences.add(calendarDue && !calendar.get().isAfter(meterDay)
                        ? occurrence(calendar.get(), Occurrence.Trigger.CALENDAR, zone)
                        : occurrence(meterDay, Occurrence.Trigger.METER, zone));
            } else if (calendarDue) {
                occurrences.add(occurrence(calendar.get(), Occurrence.Trigger.CALENDAR, zone));
            }
            if (!occurrences.isEmpty()) {
                LocalDate date = occurrences.getFirst().date();
                openTaskId = PlanTask.idOf(id, date);
                through = through == null || date.isAfter(through) ? date : through;
            }
        } else {
            Optional<LocalDate> next = nextFixedDate();
            // far behind (a plan that starts in the past, a long stop): jump to the first date that could still be due
            LocalDate earliest = LocalDate.ofInstant(tooOld.minus(window.duration()), zone).minusDays(1);
            if (next.isPresent() && next.get().isBefore(earliest)) {
                next = Optional.of(schedule.firstOnOrAfter(effectiveFrom, earliest)).filter(this::inEffectOn);
            }
            while (next.isPresent() && occurrences.size() < max && !next.get().isAfter(lastDay)
                    && !generateAt(next.get(), zone).isAfter(now)) {
                LocalDate date = next.get();
                if (!window.closesOn(date, zone).isBefore(tooOld)) {
                    occurrences.add(occurrence(date, Occurrence.Trigger.CALENDAR, zone));
                }
                through = date;
                next = Optional.of(schedule.firstAfter(effectiveFrom, date)).filter(this::inEffectOn);
            }
            if (meterDue()) {
                LocalDate meterDay = firstOpenDay(progress.meterDueOn(), now, zone);
                if (occurrences.stream().noneMatch(o -> o.date().equals(meterDay))) {
                    occurrences.add(occurrence(meterDay, Occurrence.Trigger.METER, zone));
                }
            }
        }
        Progress next = new Progress(through, openTaskId, progress.lastCompletedOn(), progress.meterTotal(),
                !occurrences.isEmpty() && progress.meterTotal() != null ? progress.meterTotal() : progress.meterBaseline(),
                meterDue() ? null : progress.meterDueOn());
        return new Generation(withProgress(next), occurrences);
    }

    /** {@code from}, or the next day when {@code from}'s window has closed by {@code now}. */
    private LocalDate firstOpenDay(LocalDate from, Instant now, ZoneId zone) {
        LocalDate day = from;
        while (window.closesOn(day, zone).isBefore(now)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A task of the plan was done on {@code on}: a FLOATING plan counts its next occurrence from that day. */
    public Plan completed(String taskId, LocalDate on) {
        LocalDate last = progress.lastCompletedOn() == null || on.isAfter(progress.lastCompletedOn())
                ? on : progress.lastCompletedOn();
        String open = taskId.equals(progress.openTaskId()) ? null : progress.openTaskId();
        return withProgress(new Progress(progress.generatedThrough(), open, last, progress.meterTotal(),
                progress.meterBaseline(), progress.meterDueOn()));
    }

    /**
     * The trigger's meter reads {@code total} on {@code day}. The first reading sets the baseline; a reading the
     * threshold or more above it makes an occurrence due for that day.
     *
     * @throws RuleViolationException when the plan has no meter trigger, or the total is below the latest one
     */
    public Plan meterRead(BigDecimal total, LocalDate day) {
        if (meterTrigger == null) {
            throw new RuleViolationException("no-meter-trigger", "planId", "plan " + id + " falls due by the calendar only");
        }
        if (total == null || total.signum() < 0
                || progress.meterTotal() != null && total.compareTo(progress.meterTotal()) < 0) {
            throw new RuleViolationException("meter-reading-backwards", "total", "a running total never goes down: "
                    + "the latest was " + progress.meterTotal());
        }
        BigDecimal baseline = progress.meterBaseline() == null ? total : progress.meterBaseline();
        LocalDate dueOn = progress.meterDueOn();
        if (dueOn == null && total.subtract(baseline).compareTo(meterTrigger.threshold()) >= 0) {
            dueOn = day;
        }
        return withProgress(new Progress(progress.generatedThrough(), progress.openTaskId(), progress.lastCompletedOn(),
                total, baseline, dueOn));
    }

    /** The same plan as stored at a later revision. */
    public Plan atRevision(long next) {
        return new Plan(id, communityId, name, kind, target, category, schedule, window, leadTime, assigneeIds,
                supervisorId, checklist, meterTrigger, active, effectiveFrom, effectiveTo, version, next, progress);
    }
}
