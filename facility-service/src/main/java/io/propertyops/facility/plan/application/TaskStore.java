package io.propertyops.facility.plan.application;

import io.propertyops.facility.plan.domain.PlanTask;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the tasks of plans are kept, by their derived ids. */
public interface TaskStore {

    /**
     * Inserts the tasks not stored yet, in one bulk write, each maintenance task with its {@code MaintenanceTaskDue};
     * returns those this call inserted.
     */
    List<PlanTask> insertNew(List<PlanTask> tasks);

    Optional<PlanTask> find(String id);

    /** The tasks of these ids that exist. */
    List<PlanTask> findAll(Collection<String> ids);

    /** Records the work order ticket-service opened for a maintenance task; false when it was recorded already. */
    boolean linkWorkOrder(String taskId, String workOrderId, String workOrderNumber);

    Optional<PlanTask> byWorkOrder(String workOrderId);

    /** Writes a task done or cancelled, unless it is no longer open; false then. */
    boolean finish(PlanTask finished);

    /** A maintenance task's work order, as ticket-service said. */
    record WorkOrderLink(String taskId, String workOrderId, String workOrderNumber) {
    }

    /** The tasks that went to these work orders (one read for a batch of work orders). */
    List<PlanTask> byWorkOrders(Collection<String> workOrderIds);

    /** Records the work orders of these tasks in one bulk write; a task that is not stored is skipped. */
    void linkWorkOrders(List<WorkOrderLink> links);

    /**
     * Writes tasks done or cancelled in one bulk write, each only while it is still open.
     *
     * @return how many it wrote; fewer than given when some were finished by someone else meanwhile
     */
    int finishAll(List<PlanTask> finished);
    /** Writes the answers and score of a task that stays open, unless it is no longer open; false then. */
    boolean recordResults(PlanTask recorded);
}
