package io.propertyops.facility.plan.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.facility.plan.application.PlanTasks;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What ticket-service did with maintenance tasks: which work order each went to ({@code WorkOrderSourceLinked} of
 * kind {@code MAINTENANCE_TASK}), and when that work order was closed or cancelled — the task is done then, and a
 * FLOATING plan counts its next occurrence from that day. Its own consumer group; idempotent, as a task is linked
 * by setting the same value again and finished only while open.
 */
@Component
class WorkOrderOutcomesListener {

    static final String MAINTENANCE_TASK = "MAINTENANCE_TASK";

    private final PlanTasks tasks;
    private final EventBatches batches;

    WorkOrderOutcomesListener(PlanTasks tasks, EventBatches batches) {
        this.tasks = tasks;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TICKET, id = "facility-plan-tasks")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.each(records, this::on);
    }

    private void on(Incoming incoming) {
        switch (incoming.event()) {
            case WorkOrderSourceLinked linked when MAINTENANCE_TASK.equals(linked.sourceKind()) ->
                    tasks.workOrderLinked(linked.sourceId(), linked.aggregateId(), linked.workOrder().number());
            case WorkOrderClosed closed ->
                    tasks.workOrderEnded(closed.aggregateId(), false, closed.actorId(), closed.occurredAt());
            case WorkOrderCancelled cancelled ->
                    tasks.workOrderEnded(cancelled.aggregateId(), true, cancelled.actorId(), cancelled.occurredAt());
            case null, default -> {
            }
        }
    }
}
