package io.propertyops.billing.report.web;

import io.propertyops.billing.ledger.domain.BillingDay;
import io.propertyops.billing.arrears.application.Arrears;
import io.propertyops.billing.arrears.domain.Aging;
import io.propertyops.billing.arrears.domain.DunningContact;
import io.propertyops.billing.arrears.domain.Receivables;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.report.application.CollectionReports;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

@RestController
@Validated
@Tag(name = "Billing reports", description = "Collection month by month and by building, unit and fee item; prepaid "
        + "balances; the due list — as JSON for the portal's charts and as XLSX")
@ApiResponse(responseCode = "400", description = "A parameter is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "The community is not one of the caller's")
class BillingReportController {

    private static final String PERIOD = "[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?";
    private static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";

    private final CollectionReports reports;
    private final Arrears arrears;
    private final UnitAreas units;
    private final Clock clock;

    BillingReportController(CollectionReports reports, Arrears arrears, UnitAreas units, Clock clock) {
        this.reports = reports;
        this.arrears = arrears;
        this.units = units;
        this.clock = clock;
    }

    @Schema(description = "A month's charges: receivable, reduced, collected by asOf, and the collection rate")
    record MonthView(@Schema(example = "2026-11") String month, String receivable, String reduced, String collected,
                     String outstanding, @Schema(example = "0.9350") String collectionRate) {
    }

    @Schema(description = "A payer holding prepaid money")
    record PrepaidView(@Schema(example = "UNIT:u-1-1-101") String payer, @Schema(example = "1-1-101") String unitNumber,
                       String buildingId, @Schema(example = "1200.00") String prepaid) {
    }

    @GetMapping("/api/v1/billing-reports/collection")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "collectionByMonth", summary = "Collection month by month",
            description = "For each month from `from` to `to` (at most 36): what its charges came to, what was waived "
                    + "or discounted, what was collected by the end of asOf (today by default), and the rate.")
    @ApiResponse(responseCode = "200", description = "The months")
    List<MonthView> monthly(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                            @Parameter(example = "2026-01") @RequestParam @Pattern(regexp = MONTH) String from,
                            @Parameter(example = "2026-12") @RequestParam @Pattern(regexp = MONTH) String to,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (YearMonth.parse(from).isAfter(YearMonth.parse(to))) {
            throw new RuleViolationException("invalid-range", "from", "from is after to");
        }
        return reports.monthly(caller, communityId, YearMonth.parse(from), YearMonth.parse(to),
                BillingDay.endOf(day(asOf))).stream().map(month -> {
                    Receivables r = month.figures();
                    return new MonthView(month.month().toString(), r.receivable().toString(), r.reduced().toString(),
                            r.collected().toString(), r.outstanding().toString(), r.collectionRate().toPlainString());
                }).toList();
    }

    @GetMapping("/api/v1/billing-reports/prepaid")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "prepaidBalances", summary = "Prepaid balances (预存余额), largest first")
    @ApiResponse(responseCode = "200", description = "The payers holding prepaid money")
    List<PrepaidView> prepaid(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId) {
        Map<String, BilledUnit> unitsById = units.byIdInCommunity(communityId);
        return reports.prepaid(caller, communityId).stream().map(p -> {
            BilledUnit unit = unitOf(p.ledger().payer(), unitsById);
            return new PrepaidView(p.ledger().payer().key(), unit == null ? null : unit.number(),
                    unit == null ? null : unit.buildingId(), p.prepaid().toString());
        }).toList();
    }

    @GetMapping(value = "/api/v1/billing-reports/collection.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "exportCollection", summary = "A period's collection as XLSX: by building, fee item and unit",
            description = "Three sheets (按楼栋, 按收费项目, 按房屋) of receivable, reduced, collected by the end of asOf, "
                    + "outstanding and rate.")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    ResponseEntity<byte[]> collectionXlsx(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                                          @Parameter(example = "2026-12") @RequestParam @Pattern(regexp = PERIOD) String period,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var end = BillingDay.endOf(day(asOf));
        Map<String, BilledUnit> unitsById = units.byIdInCommunity(communityId);
        Function<Receivables.LineOf, String> building = line -> {
            BilledUnit unit = unitOf(line.ledger().payer(), unitsById);
            return unit != null ? unit.buildingId() : "其他";
        };
        Function<Receivables.LineOf, String> unit = line -> {
            BilledUnit known = unitOf(line.ledger().payer(), unitsById);
            return known != null ? known.number() : line.ledger().payer().key();
        };
        List<Workbooks.Table> tables = List.of(
                table("按楼栋", "楼栋", reports.grouped(caller, communityId, period, end, building)),
                table("按收费项目", "收费项目", reports.grouped(caller, communityId, period, end,
                        line -> line.line().charge().feeName())),
                table("按房屋", "房屋", reports.grouped(caller, communityId, period, end, unit)));
        return Workbooks.download("收缴情况-" + period + ".xlsx", tables);
    }

    @GetMapping(value = "/api/v1/billing-reports/prepaid.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "exportPrepaid", summary = "Prepaid balances as XLSX")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    ResponseEntity<byte[]> prepaidXlsx(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId) {
        Workbooks.Table table = new Workbooks.Table("预存余额", List.of("缴费对象", "房屋", "楼栋", "预存余额"));
        prepaid(caller, communityId).forEach(p -> table.row(p.payer(), p.unitNumber(), p.buildingId(),
                new java.math.BigDecimal(p.prepaid())));
        return Workbooks.download("预存余额.xlsx", List.of(table));
    }

    @GetMapping(value = "/api/v1/billing-reports/arrears.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Allowed(roles = {Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "exportArrears", summary = "The due list (欠费清单) as XLSX, aged")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    ResponseEntity<byte[]> arrearsXlsx(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = day(asOf);
        Map<String, BilledUnit> unitsById = units.byIdInCommunity(communityId);
        Workbooks.Table table = new Workbooks.Table("欠费清单", List.of("缴费对象", "房屋", "楼栋", "欠费合计", "1-30天",
                "31-90天", "91-180天", "180天以上", "最早应缴日", "最近催缴"));
        for (Arrears.Row row : arrears.worklist(caller, communityId, day)) {
            BilledUnit unit = unitOf(row.payer(), unitsById);
            Aging aging = row.aging();
            table.row(row.payer().key(), unit == null ? null : unit.number(), unit == null ? null : unit.buildingId(),
                    aging.overdue().yuan(), aging.buckets().get(Aging.Bucket.DAYS_1_30).yuan(),
                    aging.buckets().get(Aging.Bucket.DAYS_31_90).yuan(), aging.buckets().get(Aging.Bucket.DAYS_91_180).yuan(),
                    aging.buckets().get(Aging.Bucket.OVER_180).yuan(), String.valueOf(aging.oldestDueOn()),
                    row.lastContact() == null ? "" : WAYS.get(row.lastContact().way()) + "：" + OUTCOMES.get(row.lastContact().outcome())
                            + (row.lastContact().promisedOn() == null ? "" : "（承诺 " + row.lastContact().promisedOn() + "）"));
        }
        return Workbooks.download("欠费清单-" + day + ".xlsx", List.of(table));
    }

    private static final Map<DunningContact.Way, String> WAYS = Map.of(DunningContact.Way.CALL, "电话",
            DunningContact.Way.SMS, "短信", DunningContact.Way.VISIT, "上门", DunningContact.Way.LETTER, "催缴函");
    private static final Map<DunningContact.Outcome, String> OUTCOMES = Map.of(DunningContact.Outcome.REACHED, "已联系",
            DunningContact.Outcome.NO_ANSWER, "未接通", DunningContact.Outcome.PROMISED, "承诺缴费",
            DunningContact.Outcome.REFUSED, "拒缴", DunningContact.Outcome.DISPUTED, "有异议",
            DunningContact.Outcome.LETTER_DELIVERED, "已送达");

    private static Workbooks.Table table(String name, String group, Map<String, Receivables> figures) {
        Workbooks.Table table = new Workbooks.Table(name, List.of(group, "应收", "减免", "实收", "未收", "收缴率"));
        figures.forEach((key, r) -> table.row(key, r.receivable().yuan(), r.reduced().yuan(), r.collected().yuan(),
                r.outstanding().yuan(), r.collectionRate().toPlainString()));
        return table;
    }

    private static BilledUnit unitOf(Payer payer, Map<String, BilledUnit> unitsById) {
        return payer.kind() == Payer.Kind.UNIT ? unitsById.get(payer.id()) : null;
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : BillingDay.today(clock);
    }
}
