package io.propertyops.facility.plan.web;

import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingStatus;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.plan.application.ChecklistInput;
import io.propertyops.facility.plan.application.MaintenanceResults;
import io.propertyops.facility.plan.web.PlanBodies.TaskView;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The results of a preventive-maintenance task (保养记录), recorded by the technician doing its work order. */
@RestController
@Validated
@Tag(name = "Plans")
class MaintenanceResultsController {

    private final MaintenanceResults results;

    MaintenanceResultsController(MaintenanceResults results) {
        this.results = results;
    }

    record ResultsBody(@Schema(description = "One answer per checklist item (TEXT items optional)")
                       @NotNull @Size(max = 60) List<ChecklistInput.@Valid @NotNull AnswerInput> answers) {
    }

    record TaskFindingView(@Schema(example = "maintenance:7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f:2026-12-01:bearing") String id,
                           FindingStatus status,
                           @Schema(example = "2号生活水泵季度保养：轴承润滑") String title,
                           @Schema(example = "pump.bearing") String faultType,
                           Severity severity, Instant foundAt,
                           @Schema(description = "The corrective work order; null until ticket-service says",
                                   example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String workOrderId,
                           @Schema(example = "WO-20261201-0043") String workOrderNumber) {
        static TaskFindingView of(Finding f) {
            return new TaskFindingView(f.id(), FindingStatus.of(f), f.title(), f.faultType(), f.severity(),
                    f.foundAt(), f.workOrderId(), f.workOrderNumber());
        }
    }

    record MaintenanceTaskView(TaskView task,
                               @Schema(description = "The findings the task's results stand for now: one per failed "
                                       + "item that names a fault type, in checklist order") List<TaskFindingView> findings,
                               @Schema(example = "[\"maintenance:7b0c6d3e-1f2a-4c5b-8d9e-0a1b2c3d4e5f:2026-12-01:bearing\"]",
                                       description = "Those this request reported (empty when they were reported before)")
                               List<String> reportedFindingIds,
                               @Schema(example = "[]", description = "Those this request cleared: items corrected to normal")
                               List<String> clearedFindingIds) {
        static MaintenanceTaskView of(MaintenanceResults.Recorded recorded) {
            return new MaintenanceTaskView(TaskView.of(recorded.task()),
                    recorded.findings().stream().map(TaskFindingView::of).toList(), recorded.reportedIds(),
                    recorded.clearedIds());
        }
    }

    @PutMapping("/api/v1/plans/{planId}/tasks/{occurrence}/results")
    @Allowed(roles = {Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "recordMaintenanceResults", summary = "Record a maintenance task's results (保养记录)",
            description = "The technician doing the task's PREVENTIVE_MAINTENANCE work order (or a supervisor, property "
                    + "manager or administrator of the community) answers every item of the task's checklist; it is "
                    + "judged and scored like a check (the share of judged items that were normal, in percent). Each "
                    + "failed item that names a fault type reports a finding with source MAINTENANCE about the task's "
                    + "equipment and place, which ticket-service makes a corrective work order of (INSPECTION_FINDING). "
                    + "The task stays open until its work order is closed or cancelled: results may be recorded again "
                    + "as corrections, each replacing the last. A failure recorded again reports nothing new (its "
                    + "finding's id is derived from the task and the item); an item corrected to normal clears its "
                    + "finding (FindingCleared, noted on the corrective work order); failing it again after that is a "
                    + "new finding. The work order's close keeps the latest results and score on the task.")
    @ApiResponse(responseCode = "200", description = "Recorded; the task (still open) with its answers and score, and "
            + "the findings its results stand for")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such task, or not in one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "Not a maintenance task (not-maintenance), or its work order has "
            + "ended (task-closed)")
    @ApiResponse(responseCode = "422", description = "An item is not answered, an item is answered twice or an answer "
            + "does not fit its item (invalid-answer)")
    MaintenanceTaskView record(Caller caller, @PathVariable @Size(max = 64) String planId,
                               @Parameter(example = "2026-12-01") @PathVariable
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurrence,
                               @Valid @RequestBody ResultsBody body) {
        return MaintenanceTaskView.of(results.record(caller, planId, occurrence, ChecklistInput.answers(body.answers())));
    }

    @GetMapping("/api/v1/plans/tasks/by-work-order/{workOrderId}")
    @PlanReaders
    @Operation(operationId = "getMaintenanceTaskOfWorkOrder", summary = "The maintenance task a work order was opened for",
            description = "For the page of a PREVENTIVE_MAINTENANCE work order: its task, with the checklist, the "
                    + "results recorded so far and the findings they stand for. Known once ticket-service has said "
                    + "which work order the task went to (WorkOrderSourceLinked), a moment after the work order opens.")
    @ApiResponse(responseCode = "200", description = "The task and its findings")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No maintenance task went to this work order (yet), or it is not "
            + "in one of the caller's communities")
    MaintenanceTaskView ofWorkOrder(Caller caller,
                                    @Parameter(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                                    @PathVariable @Size(max = 64) String workOrderId) {
        return MaintenanceTaskView.of(results.ofWorkOrder(caller, workOrderId));
    }
}
