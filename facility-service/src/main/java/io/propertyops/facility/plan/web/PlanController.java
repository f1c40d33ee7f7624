package io.propertyops.facility.plan.web;

import io.propertyops.facility.plan.application.ChecklistInput;
import io.propertyops.facility.plan.application.PlanProperties;
import io.propertyops.facility.plan.application.PlanTasks;
import io.propertyops.facility.plan.application.Plans;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.web.PlanBodies.CalendarEntryView;
import io.propertyops.facility.plan.web.PlanBodies.PlanBody;
import io.propertyops.facility.plan.web.PlanBodies.PlanView;
import io.propertyops.facility.plan.web.PlanBodies.TaskView;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Plans", description = "Preventive maintenance, inspection and cleaning/greening plans (计划) and their tasks")
class PlanController {

    private final Plans plans;
    private final PlanTasks tasks;
    private final PlanProperties properties;

    PlanController(Plans plans, PlanTasks tasks, PlanProperties properties) {
        this.plans = plans;
        this.tasks = tasks;
        this.properties = properties;
    }

    private ResponseEntity<PlanView> withETag(ResponseEntity.BodyBuilder response, Plan plan) {
        return response.eTag(Long.toString(plan.version())).body(PlanView.of(plan, properties.zone()));
    }

    @PostMapping("/api/v1/plans")
    @PlanEditors
    @Operation(operationId = "createPlan", summary = "Define a plan",
            description = "A maintenance plan (each occurrence a PREVENTIVE_MAINTENANCE work order in ticket-service), "
                    + "an inspection plan (each occurrence a round on its route) or a cleaning or greening plan (each "
                    + "occurrence a check a supervisor scores). Tasks are generated lead time before each occurrence's "
                    + "window opens, once per occurrence. A retried request with the same Idempotency-Key answers the "
                    + "plan created the first time.")
    @ApiResponse(responseCode = "201", description = "Created; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Already created by an earlier request with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    @ApiResponse(responseCode = "422", description = "The plan does not hold together: a schedule without its days "
            + "(invalid-schedule), no place or route for its kind (invalid-plan), an unknown route (unknown-route), "
            + "a checklist item without options (invalid-checklist)")
    ResponseEntity<PlanView> create(Caller caller, @Valid @RequestBody PlanBody body,
                                    @Parameter(description = "Client-chosen key that makes retries safe")
                                    @RequestHeader(name = "Idempotency-Key", required = false)
                                    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {
        Plans.Created created = plans.create(caller, body.toDefinition(), idempotencyKey);
        return withETag(created.created() ? ResponseEntity.created(URI.create("/api/v1/plans/" + created.plan().id()))
                : ResponseEntity.ok(), created.plan());
    }

    @GetMapping("/api/v1/plans")
    @PlanReaders
    @Operation(operationId = "listPlans", summary = "A community's plans, by name")
    @ApiResponse(responseCode = "200", description = "The plans; a community outside the caller's answers 404")
    @ApiResponse(responseCode = "400", description = "communityId is missing or malformed")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    List<PlanView> list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return plans.inCommunity(caller, communityId).stream().map(plan -> PlanView.of(plan, properties.zone())).toList();
    }

    @GetMapping("/api/v1/plans/calendar")
    @PlanReaders
    @Operation(operationId = "planCalendar", summary = "What falls due in a community, day by day",
            description = "Every occurrence from `from` to `to` (at most 62 days): the tasks generated for those days "
                    + "with their status, work order and score, and the occurrences planned but not generated yet "
                    + "whose window is still to close. A FLOATING plan shows its next occurrence only, as the later ones "
                    + "depend on when that one is done.")
    @ApiResponse(responseCode = "200", description = "The occurrences, by window start")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    @ApiResponse(responseCode = "422", description = "`to` before `from`, or a range longer than 62 days (invalid-range)")
    List<CalendarEntryView> calendar(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                                     @Parameter(example = "2026-12-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @Parameter(example = "2026-12-31") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return plans.calendar(caller, communityId, from, to).stream().map(CalendarEntryView::of).toList();
    }

    @GetMapping("/api/v1/plans/{planId}")
    @PlanReaders
    @Operation(operationId = "getPlan", summary = "One plan, with how far its generation has come")
    @ApiResponse(responseCode = "200", description = "The plan; the ETag is its version, to send as If-Match")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No such plan, or not in one of the caller's communities")
    ResponseEntity<PlanView> get(Caller caller, @PathVariable @Size(max = 64) String planId) {
        return withETag(ResponseEntity.ok(), plans.get(caller, planId));
    }

    @PutMapping("/api/v1/plans/{planId}")
    @PlanEditors
    @Operation(operationId = "updatePlan", summary = "Redefine a plan",
            description = "Replaces the definition; the tasks generated stay, and the new schedule goes on after the "
                    + "last occurrence generated. The kind and the community cannot change.")
    @ApiResponse(responseCode = "200", description = "Redefined; the ETag is its new version")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such plan, or not in one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "A different kind (plan-kind-fixed)")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @ApiResponse(responseCode = "422", description = "The plan does not hold together, or names another community")
    ResponseEntity<PlanView> update(Caller caller, @PathVariable @Size(max = 64) String planId,
                                    @Valid @RequestBody PlanBody body, ExpectedVersion version) {
        return withETag(ResponseEntity.ok(), plans.redefine(caller, planId, body.toDefinition(), version.orNull()));
    }

    @DeleteMapping("/api/v1/plans/{planId}")
    @PlanEditors
    @Operation(operationId = "deletePlan", summary = "Remove a plan",
            description = "Nothing more is generated; the tasks it generated stay, as the record of what was done.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No such plan, or not in one of the caller's communities")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    ResponseEntity<Void> delete(Caller caller, @PathVariable @Size(max = 64) String planId, ExpectedVersion version) {
        plans.delete(caller, planId, version.orNull());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/plans/{planId}/pause")
    @PlanEditors
    @Operation(operationId = "pausePlan", summary = "Pause a plan: nothing is generated until it resumes",
            description = "Occurrences whose window closes while it is paused are passed over, not generated late.")
    @ApiResponse(responseCode = "200", description = "Paused (or paused already); the ETag is its version")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No such plan, or not in one of the caller's communities")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    ResponseEntity<PlanView> pause(Caller caller, @PathVariable @Size(max = 64) String planId, ExpectedVersion version) {
        return withETag(ResponseEntity.ok(), plans.pause(caller, planId, version.orNull()));
    }

    @PostMapping("/api/v1/plans/{planId}/resume")
    @PlanEditors
    @Operation(operationId = "resumePlan", summary = "Resume a paused plan")
    @ApiResponse(responseCode = "200", description = "Active (or active already); the ETag is its version")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No such plan, or not in one of the caller's communities")
    @ApiResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    ResponseEntity<PlanView> resume(Caller caller, @PathVariable @Size(max = 64) String planId, ExpectedVersion version) {
        return withETag(ResponseEntity.ok(), plans.resume(caller, planId, version.orNull()));
    }

    record MeterReadingBody(@Schema(example = "12650.5", description = "The meter's running total, e.g. running hours")
                            @NotNull @DecimalMin("0") BigDecimal total,
                            @Schema(description = "When it was read; now when absent") Instant readAt) {
    }

    @PostMapping("/api/v1/plans/{planId}/meter-readings")
    @Allowed(roles = {Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "recordPlanMeterReading", summary = "Feed a maintenance plan's trigger meter",
            description = "The running total of the meter the plan's trigger names (\"every 3 months or 2,000 running "
                    + "hours, whichever first\"). The first reading sets the baseline; one the threshold or more above "
                    + "the total at the last task makes an occurrence due that day, generated at the next tick.")
    @ApiResponse(responseCode = "200", description = "Recorded; the plan shows its meter progress")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such plan, or not in one of the caller's communities")
    @ApiResponse(responseCode = "422", description = "The plan has no meter trigger (no-meter-trigger), or the total is "
            + "below the latest (meter-reading-backwards)")
    ResponseEntity<PlanView> meterReading(Caller caller, @PathVariable @Size(max = 64) String planId,
                                          @Valid @RequestBody MeterReadingBody body) {
        return withETag(ResponseEntity.ok(), plans.meterRead(caller, planId, body.total(), body.readAt()));
    }

    @GetMapping("/api/v1/plans/{planId}/tasks")
    @PlanReaders
    @Operation(operationId = "listPlanTasks", summary = "A plan's tasks from one day to another (at most 62 days)",
            description = "From today and for 30 days unless told otherwise.")
    @ApiResponse(responseCode = "200", description = "The tasks, by occurrence")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed")
    @ApiResponse(responseCode = "404", description = "No such plan, or not in one of the caller's communities")
    @ApiResponse(responseCode = "422", description = "`to` before `from`, or a range longer than 62 days (invalid-range)")
    List<TaskView> tasks(Caller caller, @PathVariable @Size(max = 64) String planId,
                         @Parameter(example = "2026-12-01", description = "The first day; today when absent")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @Parameter(example = "2026-12-31", description = "The last day; 30 days after the first when absent")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return plans.tasks(caller, planId, from, to).stream().map(TaskView::of).toList();
    }

    @GetMapping("/api/v1/plans/{planId}/tasks/{occurrence}")
    @PlanReaders
    @Operation(operationId = "getPlanTask", summary = "The task of one occurrence of a plan")
    @ApiResponse(responseCode = "200", description = "The task")
    @ApiResponse(responseCode = "400", description = "The id or date is malformed")
    @ApiResponse(responseCode = "404", description = "No such task, or not in one of the caller's communities")
    TaskView task(Caller caller, @PathVariable @Size(max = 64) String planId,
                  @Parameter(example = "2026-12-01") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurrence) {
        return TaskView.of(tasks.get(caller, planId, occurrence));
    }

    record CheckBody(@NotNull @Size(max = 60) List<ChecklistInput.@Valid @NotNull AnswerInput> answers) {
    }

    record CheckView(TaskView task,
                     @Schema(example = "[\"check:7b0c6d3e:2026-12-01:floor\"]",
                             description = "The findings its abnormal items reported") List<String> findingIds) {
    }

    @PostMapping("/api/v1/plans/{planId}/tasks/{occurrence}/check")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "checkPlanTask", summary = "Check and score a cleaning or greening task (日检、周检、月评)",
            description = "The supervisor answers every item of the task's checklist; the score is the share of "
                    + "judged items (pass/fail, numbers, choices) that were normal, in percent. An abnormal item that "
                    + "names a fault type reports a finding, which ticket-service makes a work order of.")
    @ApiResponse(responseCode = "200", description = "Checked; the task is done with its score")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "No such task, or not in one of the caller's communities")
    @ApiResponse(responseCode = "409", description = "Checked already (task-closed), or not a cleaning or greening "
            + "task (not-a-check)")
    @ApiResponse(responseCode = "422", description = "An item is not answered, or an answer does not fit its item "
            + "(invalid-answer)")
    CheckView check(Caller caller, @PathVariable @Size(max = 64) String planId,
                    @Parameter(example = "2026-12-01") @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurrence,
                    @Valid @RequestBody CheckBody body) {
        PlanTasks.Checked checked = tasks.check(caller, planId, occurrence, ChecklistInput.answers(body.answers()));
        return new CheckView(TaskView.of(checked.task()), checked.findings().stream().map(f -> f.id()).toList());
    }
}
