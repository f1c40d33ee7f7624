package io.propertyops.ticket.workorder.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.workorder.application.TicketScopes;
import io.propertyops.ticket.workorder.application.WorkOrderService;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.pricing.domain.Quote;
import io.propertyops.ticket.sla.domain.Counting;
import io.propertyops.ticket.sla.domain.Deadline;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.workorder.domain.TimelineEntry;
import io.propertyops.ticket.workorder.domain.Origin;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@RestController
@Validated
@Tag(name = "Work orders", description = "Repairs, complaints, suggestions and inquiries (工单)")
class WorkOrderController {

    private final WorkOrderService service;

    WorkOrderController(WorkOrderService service) {
        this.service = service;
    }

    @Schema(description = "A request from an owner or resident, or from an integration client on an owner's behalf")
    record SubmitWorkOrder(
            @Schema(description = "The community; an owner names it only when living in several, an integration client always",
                    example = "community-cuihu")
            @Size(max = 64) String communityId,
            @Schema(description = "The unit concerned; an owner omits it for a common area, an integration client names the owner's unit",
                    example = "cuihu-3-1502")
            @Size(max = 64) String unitId,
            @Schema(description = "Integration clients only, required: the owner the request is for", example = "张伟")
            @Size(max = 60) String reporterName,
            @Schema(description = "Integration clients only, required: the owner's phone for call-backs", example = "+86 138 0013 8000")
            @Size(max = 20) @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}") String reporterPhone,
            @NotNull WorkOrderKind kind,
            @Schema(example = "plumbing") @NotBlank @Size(max = 40) String category,
            @NotNull Urgency urgency,
            @Schema(example = "厨房水管漏水") @NotBlank @Size(max = 120) String title,
            @Schema(example = "水槽下方水管接口滴水，柜子里已有积水") @Size(max = 2000) String description,
            @Schema(example = "翠湖花园3栋1502室厨房") @Size(max = 200) String location,
            @Schema(description = "Staff only: how the request came in (HOTLINE by default, WALK_IN, WECHAT, STAFF_FOUND)")
            Channel channel,
            @Schema(description = "Staff only: the owner's person id, when known, so that the owner follows it in the app",
                    example = "owner-1502")
            @Size(max = 64) String reporterId,
            @Schema(description = "The equipment of facility's ledger the request is about, e.g. from the QR label of "
                    + "a common-area asset the owner scanned (facility's getEquipmentByCode); its repairs then count on "
                    + "its record", example = "equipment-pump-2")
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+") String equipmentId) {
    }

    /**
     * A work order as the API shows it.
     *
     * @param version            the version the ETag carries, so that an item of a list can be stepped on (If-Match)
     *                           without reading it again
     * @param accountableAgentId 首问负责人: who accepted it and answers for it until it is closed
     * @param deadlines          the SLA deadlines: when each is due, how it counts, when it was met, and how far the
     *                           overdue watch has warned and escalated about it
     * @param timeline           every step with who took it and when, oldest first
     */
    record WorkOrderView(@Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String id,
                         @Schema(description = "What people say on the phone", example = "WO-20261123-0042") String number,
                         @Schema(description = "The version, the number the ETag carries (quoted, \"3\"): send it as "
                                 + "If-Match with a step", example = "3") long version,
                         @Schema(implementation = WorkOrderStatus.class) String status,
                         @Schema(implementation = WorkOrderKind.class) String kind,
                         @Schema(example = "plumbing") String category,
                         @Schema(implementation = Urgency.class) String urgency,
                         @Schema(implementation = Channel.class) String channel,
                         @Schema(example = "厨房水管漏水") String title,
                         @Schema(example = "水槽下方水管接口滴水，柜子里已有积水") String description,
                         @Schema(example = "翠湖花园3栋1502室厨房") String location,
                         @Schema(description = "The equipment from facility's ledger it is about; null when none",
                                 example = "equipment-pump-2") String equipmentId,
                         @Schema(example = "community-cuihu") String communityId,
                         @Schema(example = "cuihu-3-1502") String unitId,
                         @Schema(example = "owner-1502") String reporterId,
                         @Schema(example = "张伟") String reporterName,
                         @Schema(example = "13800138001") String reporterPhone,
                         Instant submittedAt,
                         @Schema(example = "cs-0007") String accountableAgentId,
                         @Schema(example = "tech-0012") String assigneeId,
                         @Schema(example = "0") int reopenCount,
                         @Schema(description = "What was done, once resolved", example = "更换厨房角阀，试水无渗漏") String result,
                         QuoteView quote,
                         @Schema(description = "The lead work order of a sub-task; null otherwise",
                                 example = "3f1c2a9e-5b7d-4c1e-9a0f-6d2b8e4c7a10") String parentId,
                         Map<DeadlineKind, DeadlineView> deadlines,
                         List<TimelineEntry> timeline,
                         @Schema(description = "Where it came from when another domain raised it (a finding from "
                                 + "facility's rounds, devices or meters; a maintenance task); null for a request "
                                 + "from a person") OriginView origin) {

        static WorkOrderView of(WorkOrder workOrder) {
            var request = workOrder.request();
            var progress = workOrder.progress();
            Map<DeadlineKind, DeadlineView> deadlines = new EnumMap<>(DeadlineKind.class);
            progress.deadlines().byKind().forEach((kind, deadline) -> deadlines.put(kind,
                    DeadlineView.of(deadline, progress.dueSoonWarned(kind), progress.escalationLevel(kind))));
            return new WorkOrderView(workOrder.id(), workOrder.number(), workOrder.version(), workOrder.status().name(),
                    request.kind().name(), request.category(), request.urgency().name(), request.channel().name(),
                    request.title(), request.description(), request.location(), request.equipmentId(),
                    request.communityId(),
                    request.unitId(), request.reporterId(), request.reporterName(), request.reporterPhone(),
                    workOrder.submittedAt(), progress.accountableAgentId(), progress.assigneeId(),
                    progress.reopenCount(), progress.result(), QuoteView.of(workOrder.quote()), workOrder.parentId(),
                    deadlines, progress.timeline(), OriginView.of(workOrder.origin()));
        }
    }

    /**
     * Where a work order raised by another domain came from.
     *
     * @param occurrences how many findings it holds (a maintenance task counts one): later findings about the same
     *                    problem, while it was open, were added here instead of opening another work order
     */
    @Schema(description = "The findings or maintenance task a work order holds, and whether it repeats an earlier failure")
    record OriginView(@Schema(description = "The equipment from facility's ledger; null for a place",
                              example = "equipment-pump-2") String equipmentId,
                      @Schema(example = "5", minimum = "1") int occurrences,
                      @Schema(description = "The work order for the same problem resolved within the repeat window "
                              + "before this one opened (重复故障); null when none",
                              example = "3f1c2a9e-5b7d-4c1e-9a0f-6d2b8e4c7a10") String repeatOfWorkOrderId,
                      List<Origin.Source> sources) {

        static OriginView of(Origin origin) {
            return origin == null ? null : new OriginView(origin.equipmentId(), origin.occurrences(),
                    origin.repeatOfWorkOrderId(), origin.sources());
        }
    }

    /**
     * One SLA deadline: when it is due, how its time counts, when it was met, and how far the overdue watch has gone
     * with it — as recorded when it sent the alerts, not worked out again from the clock.
     */
    @Schema(description = "An SLA deadline with the warnings and escalations the overdue watch recorded for it")
    record DeadlineView(@Schema(example = "2026-11-23T06:00:00Z") Instant due,
                        Counting counting,
                        @Schema(description = "When it was met; null while open", example = "2026-11-23T05:12:00Z")
                        Instant metAt,
                        @Schema(description = "The watch warned that it is due soon (or went further); stays true",
                                example = "true") boolean dueSoonWarned,
                        @Schema(description = "The escalation level the watch raised it to: 0 none, 1 overdue (the "
                                + "assignee and the dispatcher told), 2 the supervisor, 3 the property manager. It "
                                + "stays once the deadline is met; it stands still while the work order is on hold "
                                + "and does not go down when the deadline moves later (an urgency change, a hold)",
                                example = "2", minimum = "0", maximum = "3") int escalationLevel) {

        static DeadlineView of(Deadline deadline, boolean dueSoonWarned, int escalationLevel) {
            return new DeadlineView(deadline.due(), deadline.counting(), deadline.metAt(), dueSoonWarned,
                    escalationLevel);
        }
    }

    /** The quote of a paid in-unit repair, with its total; null for free work. */
    record QuoteView(@Schema(implementation = Quote.Status.class) String status,
                     @Schema(example = "CNY") String currency,
                     @Schema(example = "38.00") BigDecimal total,
                     List<Quote.Line> lines,
                     @Schema(example = "tech-0012") String quotedBy,
                     Instant quotedAt, Instant decidedAt) {

        static QuoteView of(Quote quote) {
            return quote == null ? null : new QuoteView(quote.status().name(), quote.currency(), quote.total(),
                    quote.lines(), quote.quotedBy(), quote.quotedAt(), quote.decidedAt());
        }
    }

    record PageView<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                       @Schema(example = "137") long total) {
        static <T> PageView<T> of(Page<T> page) {
            return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    @PostMapping("/api/v1/tickets")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.PROPERTY_MANAGER, Roles.ADMIN},
            scopes = TicketScopes.WRITE)
    @Operation(operationId = "submitWorkOrder", summary = "Report a repair, complaint, suggestion or inquiry",
            description = "Creates a work order with a readable number (WO-YYYYMMDD-NNNN). A retried request with "
                    + "the same Idempotency-Key answers the work order created the first time. An integration client "
                    + "reports for an owner (channel API): it names communityId, unitId, reporterName and reporterPhone, "
                    + "and is the reporter on record. Staff log a request that came by phone, at the desk or by WeChat "
                    + "(channel, reporterName, reporterPhone, and reporterId when the owner has an account), or one they "
                    + "found themselves (STAFF_FOUND); only staff raise the internal kinds.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "Already created by an earlier request with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "The unit or community is not one of the caller's")
    @ApiResponse(responseCode = "422", description = "Unknown category, the community is ambiguous, a field an "
            + "integration client must give is missing, or an owner gave reporter fields")
    ResponseEntity<WorkOrderView> submit(Caller caller, @Valid @RequestBody SubmitWorkOrder body,
                                         @Parameter(description = "Client-chosen key that makes retries safe")
                                         @RequestHeader(name = "Idempotency-Key", required = false)
                                         @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {
        var submitted = service.submit(caller, new WorkOrderService.Report(body.communityId(), body.unitId(),
                body.reporterName(), body.reporterPhone(), body.kind(), body.category(), body.urgency(), body.title(),
                body.description(), body.location(), body.channel(), body.reporterId(),
                body.equipmentId()),
                idempotencyKey);
        WorkOrderView view = WorkOrderView.of(submitted.workOrder());
        return (submitted.created() ? ResponseEntity.created(URI.create("/api/v1/tickets/" + view.id())) : ResponseEntity.ok())
                .eTag(Long.toString(submitted.workOrder().version()))
                .body(view);
    }

    @GetMapping("/api/v1/tickets/{id}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.PROPERTY_MANAGER, Roles.ADMIN}, scopes = TicketScopes.READ)
    @Operation(operationId = "getWorkOrder", summary = "One work order the caller may see, with its timeline",
            description = "Owners see what they reported; technicians the work dispatched to them; other staff and "
                    + "integration clients the work orders of their communities.")
    @ApiResponse(responseCode = "200", description = "The work order; the ETag is its version, to send as If-Match")
    @ApiResponse(responseCode = "400", description = "The id is malformed")
    @ApiResponse(responseCode = "404", description = "No such work order, or not the caller's")
    ResponseEntity<WorkOrderView> get(Caller caller, @PathVariable @Size(max = 64) String id) {
        WorkOrder workOrder = service.get(caller, id);
        return ResponseEntity.ok().eTag(Long.toString(workOrder.version())).body(WorkOrderView.of(workOrder));
    }

    @GetMapping("/api/v1/tickets")
    @StaffAccess
    @Operation(operationId = "listWorkOrders", summary = "A community's work orders, newest first",
            description = "Filtered by status and assignee. status may be repeated for work orders in any of those "
                    + "statuses: all open work is status=SUBMITTED&status=ACCEPTED&status=DISPATCHED&status=TAKEN"
                    + "&status=IN_PROGRESS&status=ON_HOLD, one page with one total. Each item carries its version, "
                    + "the number its ETag would carry, to send as If-Match (\"3\") without reading it again. "
                    + "A community outside the caller's answers an empty page.")
    @ApiResponse(responseCode = "200", description = "A page of work orders with the total")
    @ApiResponse(responseCode = "400", description = "A parameter is missing, malformed or out of range (an unknown "
            + "status, more statuses than there are)")
    PageView<WorkOrderView> list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                                 @Parameter(description = "In any of these statuses; repeat the parameter for several; "
                                         + "absent for every status")
                                 @RequestParam(required = false) @Size(max = 12) List<WorkOrderStatus> status,
                                 @RequestParam(required = false) @Size(max = 64) String assigneeId,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageView.of(service.inCommunity(caller, communityId, statuses(status), assigneeId,
                PageRequest.of(page, size)).map(WorkOrderView::of));
    }

    /** The statuses a repeated {@code status} parameter names; empty for every status. */
    static Set<WorkOrderStatus> statuses(List<WorkOrderStatus> status) {
        if (status == null || status.isEmpty()) {
            return Set.of();
        }
        return status.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkOrderStatus.class)));
    }

    @GetMapping("/api/v1/me/assignments")
    @TechnicianAccess
    @Operation(operationId = "listMyAssignments", summary = "Work dispatched to the calling technician and not yet resolved")
    @ApiResponse(responseCode = "200", description = "A page of work orders with the total")
    @ApiResponse(responseCode = "400", description = "page or size out of range")
    PageView<WorkOrderView> assignments(Caller caller,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageView.of(service.assignedTo(caller, PageRequest.of(page, size)).map(WorkOrderView::of));
    }

    @GetMapping("/api/v1/me/tickets")
    @ReporterAccess
    @Operation(operationId = "listMyWorkOrders", summary = "The caller's own work orders, newest first")
    @ApiResponse(responseCode = "200", description = "A page of work orders with the total")
    @ApiResponse(responseCode = "400", description = "page or size out of range")
    PageView<WorkOrderView> mine(Caller caller,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageView.of(service.reportedBy(caller, PageRequest.of(page, size)).map(WorkOrderView::of));
    }
}
