package io.propertyops.ticket.kpi.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.kpi.application.TicketReports;
import io.propertyops.ticket.kpi.domain.Backlog;
import io.propertyops.ticket.kpi.domain.Counts;
import io.propertyops.ticket.kpi.domain.GroupBy;
import io.propertyops.ticket.kpi.domain.HighFrequency;
import io.propertyops.ticket.kpi.domain.KpiFigures;
import io.propertyops.ticket.kpi.domain.KpiReport;
import io.propertyops.ticket.kpi.domain.ReportedWorkOrder;
import io.propertyops.ticket.kpi.domain.ReportingPeriod;
import io.propertyops.ticket.kpi.domain.ServiceTime;
import io.propertyops.ticket.kpi.domain.Share;
import io.propertyops.ticket.kpi.domain.WorkOrderSearch;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@RestController
@Validated
@Tag(name = "Ticket reports", description = "Staff queries over work orders and the KPIs of a community (工单统计)")
class TicketReportsController {

    private final TicketReports reports;

    TicketReportsController(TicketReports reports) {
        this.reports = reports;
    }

    /** A work order in a result list; the whole of one, with its timeline, is at /api/v1/tickets/{id}. */
    record WorkOrderSummary(@Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String id,
                            @Schema(example = "WO-20261123-0042") String number,
                            @Schema(implementation = WorkOrderStatus.class) String status,
                            @Schema(implementation = WorkOrderKind.class) String kind,
                            @Schema(example = "plumbing") String category,
                            @Schema(implementation = Urgency.class) String urgency,
                            @Schema(example = "厨房水管漏水") String title,
                            @Schema(example = "cuihu-3-1502") String unitId,
                            Instant submittedAt,
                            @Schema(example = "cs-0007") String accountableAgentId,
                            @Schema(example = "tech-0012") String assigneeId,
                            @Schema(example = "0") int reopenCount,
                            @Schema(description = "An unmet deadline has passed while the work order runs",
                                    example = "false") boolean overdue) {

        static WorkOrderSummary of(TicketReports.Found found) {
            ReportedWorkOrder w = found.workOrder();
            return new WorkOrderSummary(w.id(), w.number(), w.status().name(), w.kind().name(), w.category(),
                    w.urgency().name(), w.title(), w.unitId(), w.submittedAt(), w.accountableAgentId(), w.assigneeId(),
                    w.reopenCount(), found.overdue());
        }
    }

    record PageView<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                       @Schema(example = "137") long total) {
        static <T> PageView<T> of(Page<T> page) {
            return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    @Schema(description = "Times from submission, in seconds; null when nothing was measured")
    record TimeView(@Schema(example = "42") int count, @Schema(example = "1260") Long averageSeconds,
                    @Schema(description = "Nearest-rank 90th percentile: nine in ten took at most this",
                            example = "2700") Long p90Seconds) {

        static TimeView of(ServiceTime time) {
            return new TimeView(time.count(), seconds(time.average()), seconds(time.p90()));
        }

        private static Long seconds(Duration duration) {
            return duration == null ? null : Math.round(duration.toMillis() / 1000.0);
        }
    }

    @Schema(description = "count of of, and their rate rounded to four places; null rate when there was nothing to count")
    record RateView(@Schema(example = "35") long count, @Schema(example = "40") long of,
                    @Schema(example = "0.875") Double rate) {

        static RateView of(Share share) {
            Double rate = share.rate();
            return new RateView(share.count(), share.of(), rate == null ? null : Math.round(rate * 10_000) / 10_000.0);
        }
    }

    @Schema(description = "Work orders open when the period ended, by age; each bucket includes its lower bound")
    record BacklogView(@Schema(example = "6") long underOneDay, @Schema(example = "3") long oneToThreeDays,
                       @Schema(example = "1") long threeToSevenDays, @Schema(example = "0") long sevenDaysOrMore,
                       @Schema(example = "10") long total) {

        static BacklogView of(Backlog backlog) {
            return new BacklogView(backlog.underOneDay(), backlog.oneToThreeDays(), backlog.threeToSevenDays(),
                    backlog.sevenDaysOrMore(), backlog.total());
        }
    }

    record KpiGroupView(
            @Schema(description = "The community, technician, category or agent; null for work orders never "
                    + "dispatched (by technician) or not yet accepted (by agent)", example = "tech-0012") String key,
            @Schema(description = "Submitted, resolved, closed and cancelled in the period; open at its end") Counts counts,
            @Schema(description = "Submission to acceptance (受理), for those accepted in the period") TimeView response,
            @Schema(description = "Submission to first start on site, for those first started in the period") TimeView arrival,
            @Schema(description = "Submission to the last resolution in the period, holds included") TimeView resolution,
            @Schema(description = "Per deadline kind: met by their due time among met and breached ones") Map<String, RateView> onTime,
            @Schema(description = "Resolved in the period and never reopened, among all resolved in it") RateView firstTimeFix,
            @Schema(description = "Reopens in the period among resolutions in it") RateView reopens,
            BacklogView backlog) {

        static KpiGroupView of(KpiFigures figures) {
            Map<String, RateView> onTime = new LinkedHashMap<>();
            figures.onTime().forEach((kind, share) -> onTime.put(kind.name(), RateView.of(share)));
            return new KpiGroupView(figures.key(), figures.counts(), TimeView.of(figures.response()),
                    TimeView.of(figures.arrival()), TimeView.of(figures.resolution()), onTime,
                    RateView.of(figures.firstTimeFix()), RateView.of(figures.reopens()), BacklogView.of(figures.backlog()));
        }
    }

    record KpiReportView(@Schema(example = "community-cuihu") String communityId, Instant from, Instant to,
                         @Schema(description = "When the end state was taken: the period's end, or now while it runs")
                         Instant asOf,
                         @Schema(allowableValues = {"community", "technician", "category", "agent"}) String groupBy,
                         List<KpiGroupView> groups,
                         @Schema(description = "Units and categories with at least minRequests requests submitted in "
                                 + "the period, most first; units only for requests that name one (not common areas)")
                         HighFrequency highFrequency) {

        static KpiReportView of(KpiReport report) {
            return new KpiReportView(report.communityId(), report.period().from(), report.period().to(), report.asOf(),
                    report.groupBy().name().toLowerCase(Locale.ROOT),
                    report.groups().stream().map(KpiGroupView::of).toList(), report.highFrequency());
        }
    }

    @GetMapping("/api/v1/ticket-reports/search")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "searchWorkOrders", summary = "Find a community's work orders, newest first",
            description = "Every filter is optional and they combine; status may be repeated for any of several. "
                    + "The unit stands in for the building: ticket-service knows units, not buildings. The results "
                    + "are summaries without a version: the work order itself (with its ETag) is at "
                    + "/api/v1/tickets/{id}.")
    @ApiResponse(responseCode = "200", description = "A page of summaries with the total that match")
    @ApiResponse(responseCode = "400", description = "A parameter is missing, malformed or out of range")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    @ApiResponse(responseCode = "422", description = "createdTo is not after createdFrom")
    PageView<WorkOrderSummary> search(
            Caller caller,
            @RequestParam @NotBlank @Size(max = 64) String communityId,
            @Parameter(description = "In any of these statuses; repeat the parameter for several "
                    + "(status=ACCEPTED&status=DISPATCHED); absent for every status")
            @RequestParam(required = false) @Size(max = 12) List<WorkOrderStatus> status,
            @RequestParam(required = false) WorkOrderKind kind,
            @Parameter(example = "plumbing") @RequestParam(required = false) @Size(max = 40) String category,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) @Size(max = 64) String unitId,
            @RequestParam(required = false) @Size(max = 64) String assigneeId,
            @RequestParam(required = false) @Size(max = 64) String accountableAgentId,
            @Parameter(description = "true: an unmet deadline has passed while it runs; false: none has")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "Submitted at or after, ISO-8601", example = "2026-10-31T16:00:00Z")
            @RequestParam(required = false) Instant createdFrom,
            @Parameter(description = "Submitted before, ISO-8601", example = "2026-11-30T16:00:00Z")
            @RequestParam(required = false) Instant createdTo,
            @Parameter(description = "Contained in the title or description, ignoring case; taken literally", example = "漏水")
            @RequestParam(required = false) @Size(max = 100) String text,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Set<WorkOrderStatus> statuses = status == null ? Set.of() : status.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WorkOrderStatus.class)));
        WorkOrderSearch search = new WorkOrderSearch(communityId, statuses, kind, category, urgency, unitId, assigneeId,
                accountableAgentId, overdue, createdFrom, createdTo, text);
        return PageView.of(reports.search(caller, search, PageRequest.of(page, size)).map(WorkOrderSummary::of));
    }

    @GetMapping("/api/v1/ticket-reports/kpis")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "workOrderKpis", summary = "A community's work-order KPIs over a period",
            description = "Counts, response, arrival and resolution times (average and p90), on-time rate per deadline "
                    + "kind, first-time-fix and reopen rates and the backlog by age, for the community or by "
                    + "technician, category or accountable agent; and the units and categories with recurring "
                    + "requests. A fact counts in the period it happened in; the backlog is taken at the period's "
                    + "end. There are no teams yet, and no buildings (units stand in for them).")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "400", description = "A parameter is missing, malformed or out of range")
    @ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
    @ApiResponse(responseCode = "422", description = "The period does not end after it begins, or is longer than 366 days")
    KpiReportView kpis(
            Caller caller,
            @RequestParam @NotBlank @Size(max = 64) String communityId,
            @Parameter(description = "Start of the period, inclusive, ISO-8601", example = "2026-10-31T16:00:00Z")
            @RequestParam Instant from,
            @Parameter(description = "End of the period, exclusive, ISO-8601", example = "2026-11-30T16:00:00Z")
            @RequestParam Instant to,
            @Parameter(schema = @Schema(allowableValues = {"community", "technician", "category", "agent"}))
            @RequestParam(defaultValue = "community") @Pattern(regexp = "community|technician|category|agent") String groupBy,
            @Parameter(description = "Requests in the period that make a unit or category recurring")
            @RequestParam(defaultValue = "3") @Min(2) @Max(1000) int minRequests) {
        KpiReport report = reports.kpis(caller, communityId, new ReportingPeriod(from, to),
                GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT)), minRequests);
        return KpiReportView.of(report);
    }
}
