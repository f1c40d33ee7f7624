package io.propertyops.facility.plan.domain;

import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.starter.domain.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One occurrence of a plan made into work (任务): a maintenance task that ticket-service makes a work order of, the
 * task of an inspection round, or a supervisor's cleaning or greening check. Generated once: its id is the plan's id
 * and the occurrence date, so a second generator, a rerun or a retry finds it there.
 *
 * @param checklist       the plan's checklist as it was when the task was generated
 * @param workOrderId     MAINTENANCE: the work order ticket-service opened for it; null before it said so
 * @param workOrderNumber that work order's number
 * @param answers         CLEANING, GREENING: the supervisor's answers; MAINTENANCE: the technician's results
 *                        (保养记录), the latest recorded; empty before
 * @param score           CLEANING, GREENING, MAINTENANCE: the share of judged items that were normal, 0–100;
 *                        INSPECTION: the round's score; null before
 */
public record PlanTask(String id, String planId, String communityId, String planName, PlanKind kind,
                       LocalDate occurrence, Occurrence.Trigger trigger, Instant windowStart, Instant windowEnd,
                       Target target, String category, List<String> assigneeIds, String supervisorId,
                       Checklist checklist, Status status, Instant generatedAt, String workOrderId,
                       String workOrderNumber, Instant completedAt, String completedBy, List<Answer> answers,
                       Integer score) {

    public enum Status { OPEN, DONE, CANCELLED }

    public PlanTask {
        assigneeIds = assigneeIds == null ? List.of() : List.copyOf(assigneeIds);
        answers = answers == null ? List.of() : List.copyOf(answers);
        checklist = checklist == null ? Checklist.empty() : checklist;
    }

    /** The id of the task of a plan's occurrence: {@code <planId>:<yyyy-MM-dd>}. */
    public static String idOf(String planId, LocalDate occurrence) {
        return planId + ":" + occurrence;
    }

    public static PlanTask generated(Plan plan, Occurrence occurrence, Instant at) {
        return new PlanTask(idOf(plan.id(), occurrence.date()), plan.id(), plan.communityId(), plan.name(), plan.kind(),
                occurrence.date(), occurrence.trigger(), occurrence.windowStart(), occurrence.windowEnd(),
                plan.target(), plan.category(), plan.assigneeIds(), plan.supervisorId(), plan.checklist(), Status.OPEN,
                at, null, null, null, null, List.of(), null);
    }

    /** MAINTENANCE: the event that has ticket-service open its work order. */
    public MaintenanceTaskDue due(String eventId) {
        return new MaintenanceTaskDue(eventId, id, generatedAt, communityId, planId, planName, occurrence,
                target.location().kind().name(), target.location().id(), target.locationName(), target.equipmentId(),
                category, planName, checklist.labels(), windowEnd, assigneeIds);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Done (or cancelled) at {@code at} by {@code by}, with the answers and score of a check if it was one. */
    public PlanTask finished(Status outcome, Instant at, String by, List<Answer> sheet, Integer scored) {
        return new PlanTask(id, planId, communityId, planName, kind, occurrence, trigger, windowStart, windowEnd, target,
                category, assigneeIds, supervisorId, checklist, outcome, generatedAt, workOrderId, workOrderNumber, at,
                by, sheet, scored);
    }

    /** A checklist answered and judged: the task after it (a check done, results recorded) and what was found. */
    public record Check(PlanTask task, List<Checklist.Judged> judged) {
    }

    /**
     * The supervisor's check of a cleaning or greening task (日检、周检、月评): every item answered, scored as the
     * share of judged items that were normal.
     */
    public Check check(List<Answer> sheet, String by, Instant at) {
        if (kind != PlanKind.CLEANING && kind != PlanKind.GREENING) {
            throw new ConflictException("not-a-check", "only cleaning and greening tasks are checked here; "
                    + "maintenance records its results on its task while its work order is open, inspections on their round");
        }
        if (!isOpen()) {
            throw new ConflictException("task-closed", "task " + id + " is " + status.name().toLowerCase());
        }
        List<Checklist.Judged> judged = checklist.judge(sheet);
        return new Check(finished(Status.DONE, at, by, sheet, Checklist.score(judged)), judged);
    }

    /**
     * MAINTENANCE: the technician's results of the checklist (保养记录), judged the same way as a check: every item
     * answered, scored as the share of judged items that were normal. The task stays open — its work order decides when
     * it is done — so results may be recorded again, as corrections, until then; the latest results are the task's.
     */
    public Check recordResults(List<Answer> sheet) {
        if (kind != PlanKind.MAINTENANCE) {
            throw new ConflictException("not-maintenance", "only maintenance tasks record results; cleaning and "
                    + "greening tasks are checked, inspections checked in on their round");
        }
        if (!isOpen()) {
            throw new ConflictException("task-closed", "task " + id + " is " + status.name().toLowerCase()
                    + ": its work order has ended");
        }
        List<Checklist.Judged> judged = checklist.judge(sheet);
        PlanTask recorded = new PlanTask(id, planId, communityId, planName, kind, occurrence, trigger, windowStart,
                windowEnd, target, category, assigneeIds, supervisorId, checklist, status, generatedAt, workOrderId,
                workOrderNumber, completedAt, completedBy, sheet, Checklist.score(judged));
        return new Check(recorded, judged);
    }

    /** The answers the task keeps, judged again against its checklist; empty before any were given. */
    public List<Checklist.Judged> judgedAnswers() {
        return answers.isEmpty() ? List.of() : checklist.judge(answers);
    }
}
