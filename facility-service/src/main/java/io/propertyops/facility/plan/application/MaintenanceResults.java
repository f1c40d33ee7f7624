package io.propertyops.facility.plan.application;

import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of a preventive-maintenance task (保养记录): the technician doing its work order answers the task's
 * checklist, judged and scored like a supervisor's check; each failed item that names a fault type reports a finding
 * (source MAINTENANCE), which ticket-service makes a corrective work order of. The task stays open until its work
 * order ends, so results may be recorded again as corrections; the task keeps the latest, and its work order's close
 * keeps them.
 *
 * <p>An item's finding has an id derived from the task and the item — {@code maintenance:<taskId>:<itemId>} — so
 * recording the same failure again reports nothing twice. An item corrected to normal clears its finding (recorded on
 * the corrective work order's timeline); should it fail again later, that is a new finding, numbered on:
 * {@code maintenance:<taskId>:<itemId>:2}, {@code …:3}. All of them are read by id.
 */
@Service
public class MaintenanceResults {

    /** How often one item's finding may be cleared and reported again on one task. */
    static final int MOST_REPORTS_PER_ITEM = 20;

    /** A maintenance task with the findings its results stand for now (not cleared), in checklist order. */
    public record Recorded(PlanTask task, List<Finding> findings, List<String> reportedIds, List<String> clearedIds) {
    }

    private final PlanTasks planTasks;
    private final TaskStore tasks;
    private final Findings findings;

    MaintenanceResults(PlanTasks planTasks, TaskStore tasks, Findings findings) {
        this.planTasks = planTasks;
        this.tasks = tasks;
        this.findings = findings;
    }

    /**
     * Records the results of an open maintenance task: reports a finding for each failed item that names a fault type
     * and has none standing, clears the standing finding of each item now normal.
     */
    public Recorded record(Caller caller, String planId, LocalDate occurrence, List<Answer> answers) {
        PlanTask task = planTasks.get(caller, planId, occurrence);
        PlanTask.Check results = task.recordResults(answers);
        List<Findings.NewFinding> reports = new ArrayList<>();
        List<String> toClear = new ArrayList<>();
        List<String> standing = new ArrayList<>();
        for (Checklist.Judged judged : results.judged()) {
            if (judged.item().faultType() == null) {
                continue;
            }
            Slot slot = slotOf(task, judged.item().id());
            if (judged.abnormal()) {
                if (slot.standing() == null && slot.nextId() == null) {
                    throw new ConflictException("too-many-corrections", "item " + judged.item().id() + " of task "
                            + task.id() + " was corrected " + MOST_REPORTS_PER_ITEM + " times; report it by hand");
                }
                if (slot.standing() == null) {
                    reports.add(TaskFindings.of(slot.nextId(), task, judged, FindingSource.MAINTENANCE, caller.id()));
                }
                standing.add(slot.standing() == null ? slot.nextId() : slot.standing().id());
            } else if (slot.standing() != null) {
                toClear.add(slot.standing().id());
            }
        }
        // the findings first: results that fail to save after them are recorded again, and report nothing twice
        List<String> reported = (reports.isEmpty() ? List.<Finding>of() : findings.report(reports)).stream()
                .map(Finding::id).toList();
        List<String> cleared = toClear.stream().filter(id -> findings.clear(id,
                "保养记录更正为正常 corrected to normal on maintenance task " + task.id() + " by " + caller.id())).toList();
        if (!tasks.recordResults(results.task())) {
            throw new ConflictException("task-closed", "task " + task.id() + " ended meanwhile: its work order was "
                    + "closed or cancelled");
        }
        return new Recorded(results.task(), read(standing), reported, cleared);
    }

    /** The maintenance task a work order was opened for, with the findings its results stand for. */
    public Recorded ofWorkOrder(Caller caller, String workOrderId) {
        PlanTask task = tasks.byWorkOrder(workOrderId).filter(found -> caller.inCommunity(found.communityId()))
                .orElseThrow(() -> new NotFoundException("Maintenance task of work order", workOrderId));
        List<String> standing = new ArrayList<>();
        for (Checklist.Judged judged : task.judgedAnswers()) {
            if (judged.abnormal() && judged.item().faultType() != null) {
                Optional.ofNullable(slotOf(task, judged.item().id()).standing()).map(Finding::id).ifPresent(standing::add);
            }
        }
        return new Recorded(task, read(standing), List.of(), List.of());
    }

    private List<Finding> read(List<String> ids) {
        return ids.stream().map(findings::find).flatMap(Optional::stream).toList();
    }

    /** An item's finding standing now, if any; else the id its next one takes (null past the most reports). */
    private record Slot(Finding standing, String nextId) {
    }

    private Slot slotOf(PlanTask task, String itemId) {
        String first = "maintenance:" + task.id() + ":" + itemId;
        for (int n = 1; n <= MOST_REPORTS_PER_ITEM; n++) {
            String id = n == 1 ? first : first + ":" + n;
            Optional<Finding> found = findings.find(id);
            if (found.isEmpty()) {
                return new Slot(null, id);
            }
            if (!found.get().isCleared()) {
                return new Slot(found.get(), id);
            }
        }
        return new Slot(null, null);
    }
}
