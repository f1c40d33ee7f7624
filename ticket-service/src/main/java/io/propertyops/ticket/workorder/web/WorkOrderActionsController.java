package io.propertyops.ticket.workorder.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.propertyops.ticket.workorder.application.WorkOrderService;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.workorder.web.WorkOrderController.WorkOrderView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of the loop 受理 → 派单 → 处理 → 反馈 → 回访 → 归档, one endpoint each. Every step answers the work order
 * as it stands after it, with its version as ETag; a step sent with {@code If-Match} applies only to that version
 * (412 otherwise). A step the work order's state does not allow answers 409; a work order the caller may not see,
 * or work not dispatched to the calling technician, answers 404. A step that succeeded answers 200 even when it took
 * the work order from the caller (a technician's decline): the answer is the last the caller sees of it.
 */
@RestController
@Validated
@Tag(name = "Work order steps", description = "Accept, dispatch, work, resolve, confirm, revisit, close")
@ApiResponse(responseCode = "400", description = "Malformed id, If-Match or body")
@ApiResponse(responseCode = "404", description = "No such work order, or not the caller's to act on")
@ApiResponse(responseCode = "409", description = "The work order's state does not allow this step now")
@ApiResponse(responseCode = "412", description = "If-Match names an older version")
@ApiResponse(responseCode = "422", description = "If-Match is not an ETag this API gave, or the step breaks a rule "
        + "(a close by someone other than the accountable agent, an urge within 30 minutes, an unknown price code)")
class WorkOrderActionsController {


    private static final String AFTER_THE_STEP = "The work order after the step; the ETag is its new version";

    private final WorkOrderService service;

    WorkOrderActionsController(WorkOrderService service) {
        this.service = service;
    }

    record Dispatch(@Schema(example = "tech-0012") @NotBlank @Size(max = 64) String technicianId) {
    }

    record Reason(@Schema(example = "等待业主购买同款龙头") @NotBlank @Size(max = 500) String reason) {
    }

    record OptionalReason(@Schema(example = "业主已自行修好") @Size(max = 500) String reason) {
    }

    record Resolution(@Schema(example = "更换厨房角阀，试水无渗漏") @NotBlank @Size(max = 2000) String result) {
    }

    record Revisit(@Schema(example = "true") @NotNull Boolean satisfied,
                   @Schema(example = "业主表示维修及时，已无漏水") @NotBlank @Size(max = 2000) String note) {
    }

    record UrgencyChange(@NotNull Urgency urgency,
                         @Schema(example = "漏水已渗到楼下住户") @NotBlank @Size(max = 500) String reason) {
    }

    record Comment(@Schema(example = "师傅下午两点前到，请家里留人") @NotBlank @Size(max = 2000) String text) {
    }

    record SubTask(@Schema(example = "electrical") @NotBlank @Size(max = 40) String category,
                   @Schema(example = "更换被水浸泡的插座") @NotBlank @Size(max = 120) String title) {
    }

    record QuoteLine(@Schema(example = "angle-valve") @NotBlank @Size(max = 40) String code,
                     @Schema(example = "1") @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 2)
                     BigDecimal quantity) {
    }

    record QuoteRequest(@NotNull @Size(min = 1, max = 30) List<@Valid @NotNull QuoteLine> items) {
    }

    @PostMapping("/api/v1/tickets/{id}/accept")
    @StaffAccess
    @Operation(operationId = "acceptWorkOrder", summary = "受理: accept a submitted request",
            description = "The caller becomes the accountable agent (首问负责人) and stays so through every transfer. A "
                    + "repair is then dispatched automatically to an on-duty technician of the community with the "
                    + "skill and the least open work, or waits for a dispatcher when there is none.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> accept(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected) {
        return answer(service.accept(caller, id, expected.orNull()));
    }

    @PostMapping("/api/v1/tickets/{id}/dispatch")
    @StaffAccess
    @Operation(operationId = "dispatchWorkOrder", summary = "派单: dispatch, re-dispatch or transfer to a technician",
            description = "On work already with a technician this is a transfer; the accountable agent stays.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> dispatch(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                           @Valid @RequestBody Dispatch body) {
        return step(caller, id, expected, (w, actor, at) -> w.dispatch(actor, body.technicianId(), false, at));
    }

    @PostMapping("/api/v1/tickets/{id}/take")
    @TechnicianAccess
    @Operation(operationId = "takeWorkOrder", summary = "接单: the technician takes work dispatched to them")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> take(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected) {
        return step(caller, id, expected, (w, actor, at) -> w.take(actor, at));
    }

    @PostMapping("/api/v1/tickets/{id}/decline")
    @TechnicianAccess
    @Operation(operationId = "declineWorkOrder", summary = "Decline work dispatched to the caller, with a reason",
            description = "The work order returns to dispatch (status ACCEPTED, no assignee). The answer is 200 with the "
                    + "work order as the decline left it, like every step; it is the last the technician sees of it: "
                    + "it leaves their assignments, and reading it or stepping on it again answers 404.")
    @ApiResponse(responseCode = "200", description = "The work order after the decline, back in dispatch; the ETag is "
            + "its new version")
    ResponseEntity<WorkOrderView> decline(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                          @Valid @RequestBody Reason body) {
        return step(caller, id, expected, (w, actor, at) -> w.decline(actor, body.reason(), at));
    }

    @PostMapping("/api/v1/tickets/{id}/start")
    @TechnicianAccess
    @Operation(operationId = "startWorkOrder", summary = "处理: the technician is on site")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> start(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected) {
        return step(caller, id, expected, (w, actor, at) -> w.start(actor, at));
    }

    @PostMapping("/api/v1/tickets/{id}/hold")
    @FieldAccess
    @Operation(operationId = "holdWorkOrder", summary = "Put work on hold (waiting for parts or the owner)",
            description = "The SLA clock pauses until the work resumes.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> hold(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                       @Valid @RequestBody Reason body) {
        return step(caller, id, expected, (w, actor, at) -> w.hold(actor, body.reason(), at));
    }

    @PostMapping("/api/v1/tickets/{id}/resume")
    @FieldAccess
    @Operation(operationId = "resumeWorkOrder", summary = "Resume work on hold")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> resume(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected) {
        return answer(service.resume(caller, id, expected.orNull()));
    }

    @PostMapping("/api/v1/tickets/{id}/resolve")
    @Allowed(roles = {Roles.TECHNICIAN, Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR})
    @Operation(operationId = "resolveWorkOrder", summary = "完工: report the work done",
            description = "The technician reports a repair; a complaint, suggestion or inquiry is answered by its "
                    + "accountable agent without dispatch.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> resolve(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                          @Valid @RequestBody Resolution body) {
        return answer(service.resolve(caller, id, expected.orNull(), body.result()));
    }

    @PostMapping("/api/v1/tickets/{id}/confirm")
    @ReporterAccess
    @Operation(operationId = "confirmWorkOrder", summary = "The reporter accepts the result")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> confirm(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected) {
        return step(caller, id, expected, (w, actor, at) -> w.confirm(actor, at));
    }

    @PostMapping("/api/v1/tickets/{id}/reject")
    @ReporterAccess
    @Operation(operationId = "rejectWorkOrderResult", summary = "The reporter rejects the result",
            description = "The work order is reopened and returns to dispatch; the reopen is counted.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> reject(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                         @Valid @RequestBody Reason body) {
        return step(caller, id, expected, (w, actor, at) -> w.reject(actor, body.reason(), at));
    }

    @PostMapping("/api/v1/tickets/{id}/revisit")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER})
    @Operation(operationId = "revisitWorkOrder", summary = "回访: record the call-back to the reporter",
            description = "A dissatisfied reporter reopens the work order.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> revisit(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                          @Valid @RequestBody Revisit body) {
        return step(caller, id, expected, (w, actor, at) -> w.revisit(actor, body.satisfied(), body.note(), at));
    }

    @PostMapping("/api/v1/tickets/{id}/close")
    @StaffAccess
    @Operation(operationId = "closeWorkOrder", summary = "Close after the revisit",
            description = "Only the accountable agent or a supervisor closes (首问负责制); anyone else gets 422.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> close(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected) {
        return step(caller, id, expected, (w, actor, at) -> w.close(actor, at));
    }

    @PostMapping("/api/v1/tickets/{id}/cancel")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER,
            Roles.ADMIN})
    @Operation(operationId = "cancelWorkOrder", summary = "Cancel a work order",
            description = "The reporter cancels before dispatch (a reason is optional); staff cancel until resolution, "
                    + "with a reason.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> cancel(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                         @Valid @RequestBody OptionalReason body) {
        return step(caller, id, expected, (w, actor, at) -> w.cancel(actor, body.reason(), at));
    }

    @PostMapping("/api/v1/tickets/{id}/urge")
    @ReporterAccess
    @Operation(operationId = "urgeWorkOrder", summary = "催单: urge open work on",
            description = "At most once per 30 minutes; the assignee, or the dispatcher before dispatch, is told.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> urge(Caller caller, @PathVariable @Size(max = 64) String id,
                                       ExpectedVersion expected) {
        return step(caller, id, expected, (w, actor, at) -> w.urge(actor, at));
    }

    @PostMapping("/api/v1/tickets/{id}/urgency")
    @StaffAccess
    @Operation(operationId = "changeWorkOrderUrgency", summary = "Change the urgency, with a reason",
            description = "The deadlines are recomputed from the submission for the new urgency; met ones stay met.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> changeUrgency(Caller caller, @PathVariable @Size(max = 64) String id,
                                                ExpectedVersion expected,
                                                @Valid @RequestBody UrgencyChange body) {
        return answer(service.changeUrgency(caller, id, expected.orNull(), body.urgency(), body.reason()));
    }

    @PostMapping("/api/v1/tickets/{id}/comments")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "commentOnWorkOrder", summary = "Add a comment to the timeline",
            description = "Whoever may see the work order may comment on it.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> comment(Caller caller, @PathVariable @Size(max = 64) String id,
                                          ExpectedVersion expected,
                                          @Valid @RequestBody Comment body) {
        return step(caller, id, expected, (w, actor, at) -> w.comment(actor, body.text(), at));
    }

    @PostMapping("/api/v1/tickets/{id}/quote")
    @TechnicianAccess
    @Operation(operationId = "quoteWorkOrder", summary = "报价: quote a paid in-unit repair from the price list",
            description = "After taking the work and before starting it. Lines are priced from the community's list; "
                    + "work starts only once the owner approved.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> quote(Caller caller, @PathVariable @Size(max = 64) String id,
                                        ExpectedVersion expected,
                                        @Valid @RequestBody QuoteRequest body) {
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        body.items().forEach(line -> quantities.merge(line.code(), line.quantity(), BigDecimal::add));
        return answer(service.quote(caller, id, expected.orNull(), quantities));
    }

    @PostMapping("/api/v1/tickets/{id}/quote/approval")
    @ReporterAccess
    @Operation(operationId = "approveWorkOrderQuote", summary = "The reporter approves the quote; work may start")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> approveQuote(Caller caller, @PathVariable @Size(max = 64) String id,
                                               ExpectedVersion expected) {
        return step(caller, id, expected, (w, actor, at) -> w.decideQuote(actor, true, at));
    }

    @PostMapping("/api/v1/tickets/{id}/quote/rejection")
    @ReporterAccess
    @Operation(operationId = "declineWorkOrderQuote", summary = "The reporter declines the quote",
            description = "The technician may quote again, or staff cancel the work order.")
    @ApiResponse(responseCode = "200", description = AFTER_THE_STEP)
    ResponseEntity<WorkOrderView> declineQuote(Caller caller, @PathVariable @Size(max = 64) String id,
                                               ExpectedVersion expected) {
        return step(caller, id, expected, (w, actor, at) -> w.decideQuote(actor, false, at));
    }

    @PostMapping("/api/v1/tickets/{id}/subtasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER})
    @Operation(operationId = "openSubTask", summary = "Open a sub-task for another team",
            description = "By the lead's accountable agent or a supervisor. The sub-task is accepted at once and "
                    + "dispatched like any repair; the lead work order is resolved only when all its sub-tasks are.")
    WorkOrderView openSubTask(Caller caller, @PathVariable @Size(max = 64) String id, @Valid @RequestBody SubTask body) {
        return WorkOrderView.of(service.openSubTask(caller, id, body.category(), body.title()));
    }

    @GetMapping("/api/v1/tickets/{id}/subtasks")
    @StaffAccess
    @Operation(operationId = "listSubTasks", summary = "The sub-tasks of a lead work order")
    @ApiResponse(responseCode = "200", description = "The sub-tasks, possibly none")
    List<WorkOrderView> subTasks(Caller caller, @PathVariable @Size(max = 64) String id) {
        return service.subTasks(caller, id).stream().map(WorkOrderView::of).toList();
    }

    private ResponseEntity<WorkOrderView> step(Caller caller, String id, ExpectedVersion expected,
                                               WorkOrderService.Transition transition) {
        return answer(service.apply(caller, id, expected.orNull(), transition));
    }

    /** A step answers the work order as it now stands, with its version as ETag for the next step's If-Match. */
    private static ResponseEntity<WorkOrderView> answer(WorkOrder workOrder) {
        return ResponseEntity.ok().eTag(Long.toString(workOrder.version())).body(WorkOrderView.of(workOrder));
    }
}
