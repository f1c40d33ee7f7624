package io.propertyops.ticket.workorder.application;

import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The work orders (port). Saving a work order is where the events its change recorded are handed to the outbox: in
 * the same write as the state, for an insert as for an update, and published from there.
 */
public interface WorkOrders {

    /**
     * Stores a new work order with the events its creation recorded, and publishes them.
     *
     * @param idempotencyKey the reporter's id and the client's Idempotency-Key, or null
     * @throws org.springframework.dao.DuplicateKeyException when a work order with this key exists
     */
    WorkOrder insert(WorkOrder workOrder, String idempotencyKey);

    /**
     * Saves a changed work order with the events the change recorded, in one write on the version that was read,
     * and publishes them.
     *
     * @return the work order as saved, at its new version
     * @throws io.propertyops.starter.domain.ConflictException when someone changed it meanwhile; nothing is written
     */
    WorkOrder update(WorkOrder workOrder);

    Optional<WorkOrder> findById(String id);

    /** The work orders of these ids that exist, in no particular order (one read for a batch of events). */
    List<WorkOrder> findAll(Collection<String> ids);

    Optional<WorkOrder> findByIdempotencyKey(String idempotencyKey);

    /**
     * A community's work orders, newest first, in any of {@code statuses} (every status when it is empty) and with
     * the assignee when one is named.
     */
    Page<WorkOrder> find(String communityId, Set<WorkOrderStatus> statuses, String assigneeId, Pageable pageable);

    /** The sub-tasks of a lead work order that are not done: not resolved, confirmed, revisited, closed, cancelled or archived. */
    long countOpenSubTasks(String parentId);

    List<WorkOrder> findSubTasks(String parentId);

    /** Work still with the technician: dispatched, taken, in progress or on hold. */
    Page<WorkOrder> findOpenByAssignee(String assigneeId, Pageable pageable);

    Page<WorkOrder> findByReporter(String reporterId, Pageable pageable);

    /** The work orders whose next alert has come, earliest first, at most {@code limit}. */
    DueForAlert findDueForAlert(Instant now, int limit);

    /**
     * Writes back the work orders one tick of the watch found due, with the events they recorded, and publishes
     * them; one changed by someone else meanwhile is skipped and seen again.
     */
    void saveWatched(DueForAlert due, Instant now);

    /**
     * The safety net under the watch's own bookkeeping: finds again every work order whose alert is due.
     *
     * @return how many it found
     */
    int sweepDueTimers(Instant now);

    /** What one tick of the watch found due, as {@link #findDueForAlert} read it. */
    interface DueForAlert {

        List<WorkOrder> workOrders();
    }
}
