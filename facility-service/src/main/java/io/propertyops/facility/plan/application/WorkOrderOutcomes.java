package io.propertyops.facility.plan.application;

import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.starter.domain.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What ticket-service did with maintenance tasks, a batch of its events at a time: which work order each task went to,
 * and when that work order was closed (the task is done) or cancelled. A task done tells its plan, so that a FLOATING
 * plan counts its next occurrence from that day.
 *
 * <p>One read of the tasks the batch concerns (by task id for the links, by work order for the ends), then the
 * batch's outcomes in their order (a link and the end of the same work order may come in one batch), then one bulk
 * write of the links, one of the finished tasks (each only while still open) and one read and one bulk write of their
 * plans. Idempotent: a redelivered link sets what is set; a redelivered end finds its task finished — finished as
 * this very end says, so its plan is told again, which changes nothing unless the earlier delivery stopped between
 * the task and its plan, and then completes it.
 */
@Service
public class WorkOrderOutcomes {

    private static final Logger log = LoggerFactory.getLogger(WorkOrderOutcomes.class);

    /** One thing ticket-service said about a maintenance task's work order. */
    public sealed interface Outcome permits Linked, Ended {
    }

    /** ticket-service opened (or found) the work order of a maintenance task. */
    public record Linked(String taskId, String workOrderId, String workOrderNumber) implements Outcome {
    }

    /** A work order ended, closed or cancelled; if it was a maintenance task's, the task is done or cancelled. */
    public record Ended(String workOrderId, boolean cancelled, String by, Instant at) implements Outcome {
    }

    private final TaskStore tasks;
    private final PlanStore plans;
    private final PlanProperties properties;

    WorkOrderOutcomes(TaskStore tasks, PlanStore plans, PlanProperties properties) {
        this.tasks = tasks;
        this.plans = plans;
        this.properties = properties;
    }

    public void apply(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Map<String, PlanTask> task = new HashMap<>();
        Map<String, String> taskOfWorkOrder = new HashMap<>();
        tasks.findAll(outcomes.stream().filter(Linked.class::isInstance).map(o -> ((Linked) o).taskId()).distinct().toList())
                .forEach(found -> task.put(found.id(), found));
        tasks.byWorkOrders(outcomes.stream().filter(Ended.class::isInstance).map(o -> ((Ended) o).workOrderId()).distinct()
                .toList()).forEach(found -> {
                    task.put(found.id(), found);
                    taskOfWorkOrder.put(found.workOrderId(), found.id());
                });

        List<TaskStore.WorkOrderLink> links = new ArrayList<>();
        Map<String, PlanTask> finishing = new LinkedHashMap<>();
        List<PlanTask> finishedBefore = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            switch (outcome) {
                case Linked linked -> {
                    PlanTask linkedTask = task.get(linked.taskId());
                    if (linkedTask == null) {
                        log.debug("Task {} of work order {} is not ours", linked.taskId(), linked.workOrderId());
                        continue;
                    }
                    taskOfWorkOrder.put(linked.workOrderId(), linked.taskId());
                    if (!linked.workOrderId().equals(linkedTask.workOrderId())
                            || !Objects.equals(linked.workOrderNumber(), linkedTask.workOrderNumber())) {
                        links.add(new TaskStore.WorkOrderLink(linked.taskId(), linked.workOrderId(), linked.workOrderNumber()));
                    }
                }
                case Ended ended -> {
                    String taskId = taskOfWorkOrder.get(ended.workOrderId());
                    if (taskId == null || finishing.containsKey(taskId)) {
                        continue; // not a maintenance task's work order, or ended already in this batch
                    }
                    PlanTask endedTask = task.get(taskId);
                    PlanTask finished = endedTask.finished(ended.cancelled() ? PlanTask.Status.CANCELLED : PlanTask.Status.DONE,
                            ended.at(), ended.by(), endedTask.answers(), endedTask.score());
                    if (endedTask.isOpen()) {
                        finishing.put(taskId, finished);
                    } else if (sameOutcome(endedTask, finished)) {
                        finishedBefore.add(endedTask);
                    }
                }
            }
        }

        tasks.linkWorkOrders(links);
        List<PlanTask> finished = List.copyOf(finishing.values());
        if (tasks.finishAll(finished) < finished.size()) {
            // someone finished some of them meanwhile: those stand as they finished them, and told their plans
            Map<String, PlanTask> stored = new HashMap<>();
            tasks.findAll(finishing.keySet()).forEach(found -> stored.put(found.id(), found));
            finished = finished.stream().filter(mine -> sameOutcome(stored.get(mine.id()), mine)).toList();
        }
        List<PlanTask> done = new ArrayList<>(finished);
        done.addAll(finishedBefore);
        tellPlans(done);
    }

    /** Whether the stored task stands finished as {@code finished} says (times as stored: milliseconds). */
    private static boolean sameOutcome(PlanTask stored, PlanTask finished) {
        return stored != null && stored.status() == finished.status()
                && Objects.equals(stored.completedBy(), finished.completedBy()) && stored.completedAt() != null
                && stored.completedAt().toEpochMilli() == finished.completedAt().toEpochMilli();
    }

    /** Each plan of the tasks done: one read, one bulk write; a plan changed meanwhile is read and told again. */
    private void tellPlans(List<PlanTask> done) {
        if (done.isEmpty()) {
            return;
        }
        Map<String, List<PlanTask>> byPlan = new LinkedHashMap<>();
        done.forEach(task -> byPlan.computeIfAbsent(task.planId(), id -> new ArrayList<>()).add(task));
        List<Plan> told = new ArrayList<>();
        for (Plan plan : plans.findAll(byPlan.keySet())) {
            Plan next = completed(plan, byPlan.get(plan.id()));
            if (!next.progress().equals(plan.progress())) {
                told.add(next);
            }
        }
        if (plans.saveAll(told) == told.size()) {
            return;
        }
        for (Plan changedMeanwhile : told) {
            tellAgain(changedMeanwhile.id(), byPlan.get(changedMeanwhile.id()));
        }
    }

    /** Tells the plan as it is now; telling it twice changes nothing. */
    private void tellAgain(String planId, List<PlanTask> done) {
        for (int attempt = 0; attempt < Plans.ATTEMPTS; attempt++) {
            Optional<Plan> plan = plans.find(planId);
            if (plan.isEmpty()) {
                return;
            }
            Plan next = completed(plan.get(), done);
            if (next.progress().equals(plan.get().progress()) || plans.save(next)) {
                return;
            }
        }
        throw new ConflictException("busy", "plan " + planId + " kept changing");
    }

    private Plan completed(Plan plan, List<PlanTask> done) {
        Plan next = plan;
        for (PlanTask task : done) {
            next = next.completed(task.id(), LocalDate.ofInstant(task.completedAt(), properties.zone()));
        }
        return next;
    }
}
