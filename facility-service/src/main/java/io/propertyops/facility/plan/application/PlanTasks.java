package io.propertyops.facility.plan.application;

import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happens to tasks after they are generated: ticket-service says which work order a maintenance task went to
 * and when it ended, a round says its task is done, a supervisor checks a cleaning or greening task. A task done
 * tells its plan, so that a FLOATING plan counts its next occurrence from that day. Every step is idempotent: a
 * redelivered event finds the task linked or finished already and changes nothing.
 */
@Service
public class PlanTasks {

    private static final Logger log = LoggerFactory.getLogger(PlanTasks.class);

    /** A supervisor's check, scored, with the findings its abnormal items reported. */
    public record Checked(PlanTask task, List<Finding> findings) {
    }

    private final TaskStore tasks;
    private final PlanStore plans;
    private final Findings findings;
    private final PlanProperties properties;
    private final Clock clock;

    PlanTasks(TaskStore tasks, PlanStore plans, Findings findings, PlanProperties properties, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.findings = findings;
        this.properties = properties;
        this.clock = clock;
    }

    /** ticket-service opened (or found) the work order of a maintenance task. */
    public void workOrderLinked(String taskId, String workOrderId, String workOrderNumber) {
        if (!tasks.linkWorkOrder(taskId, workOrderId, workOrderNumber)) {
            log.debug("Task {} was linked to work order {} already, or is not ours", taskId, workOrderId);
        }
    }

    /** A work order ended; if it was a maintenance task's, the task is done (closed) or cancelled. */
    public void workOrderEnded(String workOrderId, boolean cancelled, String by, Instant at) {
        tasks.byWorkOrder(workOrderId).filter(PlanTask::isOpen).ifPresent(task -> finish(
                task.finished(cancelled ? PlanTask.Status.CANCELLED : PlanTask.Status.DONE, at, by, task.answers(),
                        task.score())));
    }

    /** The round of an inspection task is over, with its score. */
    public void roundCompleted(String taskId, Instant at, int score) {
        tasks.find(taskId).filter(PlanTask::isOpen).ifPresent(task -> finish(
                task.finished(PlanTask.Status.DONE, at, "round", List.of(), score)));
    }

    /**
     * A supervisor checks a cleaning or greening task (日检、周检、月评) on its checklist: scored as the share of
     * judged items that were normal; each abnormal item that names a fault type reports a finding.
     */
    public Checked check(Caller caller, String planId, LocalDate occurrence, List<Answer> answers) {
        PlanTask task = get(caller, planId, occurrence);
        PlanTask.Check check = task.check(answers, caller.id(), clock.instant());
        List<Findings.NewFinding> reports = new ArrayList<>();
        for (Checklist.Judged judged : check.judged()) {
            if (judged.abnormal() && judged.item().faultType() != null) {
                reports.add(TaskFindings.of("check:" + task.id() + ":" + judged.item().id(), task, judged,
                        FindingSource.INSPECTION, caller.id()));
            }
        }
        // the findings first: a check that fails to save after them is checked again, and reports nothing twice
        List<Finding> reported = reports.isEmpty() ? List.of() : findings.report(reports);
        if (!finish(check.task())) {
            throw new ConflictException("task-closed", "task " + task.id() + " was checked meanwhile");
        }
        return new Checked(check.task(), reported);
    }

    private boolean finish(PlanTask finished) {
        if (!tasks.finish(finished)) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(finished.completedAt(), properties.zone());
        for (int attempt = 0; attempt < Plans.ATTEMPTS; attempt++) {
            Optional<Plan> plan = plans.find(finished.planId());
            if (plan.isEmpty() || plans.save(plan.get().completed(finished.id(), day))) {
                return true;
            }
        }
        throw new ConflictException("busy", "plan " + finished.planId() + " kept changing");
    }

    /** The task of a plan's occurrence, if the plan is in one of the caller's communities. */
    public PlanTask get(Caller caller, String planId, LocalDate occurrence) {
        String id = PlanTask.idOf(planId, occurrence);
        return tasks.find(id).filter(task -> caller.inCommunity(task.communityId()))
                .orElseThrow(() -> new NotFoundException("Task", id));
    }

    /** For rounds: the task a round came from. */
    public Optional<PlanTask> find(String taskId) {
        return tasks.find(taskId);
    }
}
