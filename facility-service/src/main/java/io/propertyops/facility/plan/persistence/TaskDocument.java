package io.propertyops.facility.plan.persistence;

import io.propertyops.facility.plan.domain.Answer;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.ChecklistItem;
import io.propertyops.facility.plan.domain.Occurrence;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as stored, with the event its generation caused waiting until the relay has sent it; a maintenance task is
 * found by the work order it went to.
 */
@Document(TaskDocument.COLLECTION)
@CompoundIndex(name = "work_order", def = "{'workOrderId': 1}", unique = true, sparse = true)
// trivially unique (_id is): "this task, if still open", found by index on the embedded store
@CompoundIndex(name = "id_status", def = "{'_id': 1, 'status': 1}", unique = true)
record TaskDocument(@Id String id, String planId, String communityId, String planName, PlanKind kind,
                    String occurrence, Occurrence.Trigger trigger, Instant windowStart, Instant windowEnd,
                    Target target, String category, List<String> assigneeIds, String supervisorId,
                    List<ChecklistItem> checklist, PlanTask.Status status, Instant generatedAt, String workOrderId,
                    String workOrderNumber, Instant completedAt, String completedBy, List<Answer> answers,
                    Integer score, List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "plan_tasks";

    static TaskDocument of(PlanTask task, List<OutboxMessage> events) {
        return new TaskDocument(task.id(), task.planId(), task.communityId(), task.planName(), task.kind(),
                task.occurrence().toString(), task.trigger(), task.windowStart(), task.windowEnd(), task.target(),
                task.category(), task.assigneeIds(), task.supervisorId(), task.checklist().items(), task.status(),
                task.generatedAt(), task.workOrderId(), task.workOrderNumber(), task.completedAt(), task.completedBy(),
                task.answers(), task.score(), events);
    }

    PlanTask toDomain() {
        return new PlanTask(id, planId, communityId, planName, kind, LocalDate.parse(occurrence), trigger, windowStart,
                windowEnd, target, category, assigneeIds, supervisorId, new Checklist(checklist), status, generatedAt,
                workOrderId, workOrderNumber, completedAt, completedBy, answers, score);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
