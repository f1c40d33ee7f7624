package io.propertyops.facility.plan.messaging;

import io.propertyops.events.Topics;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.facility.plan.application.WorkOrderOutcomes;
import io.propertyops.facility.plan.application.WorkOrderOutcomes.Ended;
import io.propertyops.facility.plan.application.WorkOrderOutcomes.Linked;
import io.propertyops.facility.plan.application.WorkOrderOutcomes.Outcome;
import io.propertyops.starter.messaging.EventBatches;
import io.propertyops.starter.messaging.Incoming;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * What ticket-service did with maintenance tasks: which work order each went to ({@code WorkOrderSourceLinked} of
 * kind {@code MAINTENANCE_TASK}), and when that work order was closed or cancelled — the task is done then, and a
 * FLOATING plan counts its next occurrence from that day. Its own consumer group; a batch at a time: most ticket
 * events are not about tasks, so the batch is filtered to these three first, and what is left is applied with one
 * read of the tasks it concerns and one bulk write each of tasks and plans ({@link WorkOrderOutcomes}). Idempotent,
 * as a task is linked by setting the same value again and finished only while open.
 */
@Component
class WorkOrderOutcomesListener {

    static final String MAINTENANCE_TASK = "MAINTENANCE_TASK";

    private final WorkOrderOutcomes outcomes;
    private final EventBatches batches;

    WorkOrderOutcomesListener(WorkOrderOutcomes outcomes, EventBatches batches) {
        this.outcomes = outcomes;
        this.batches = batches;
    }

    @KafkaListener(topics = Topics.TICKET, id = "facility-plan-tasks")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        batches.handle(records, batch -> outcomes.apply(batch.stream().map(WorkOrderOutcomesListener::outcome)
                .filter(Objects::nonNull).toList()));
    }

    private static Outcome outcome(Incoming incoming) {
        return switch (incoming.event()) {
            case WorkOrderSourceLinked linked when MAINTENANCE_TASK.equals(linked.sourceKind()) ->
                    new Linked(linked.sourceId(), linked.aggregateId(), linked.workOrder().number());
            case WorkOrderClosed closed -> new Ended(closed.aggregateId(), false, closed.actorId(), closed.occurredAt());
            case WorkOrderCancelled cancelled ->
                    new Ended(cancelled.aggregateId(), true, cancelled.actorId(), cancelled.occurredAt());
            case null, default -> null;
        };
    }
}
