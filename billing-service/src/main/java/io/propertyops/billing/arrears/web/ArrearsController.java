package io.propertyops.billing.arrears.web;

import io.propertyops.billing.ledger.domain.BillingDay;
import io.propertyops.billing.arrears.application.Arrears;
import io.propertyops.billing.arrears.domain.Aging;
import io.propertyops.billing.arrears.domain.DunningContact;
import io.propertyops.billing.arrears.domain.Receivables;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RestController
@Validated
@Tag(name = "Arrears", description = "Arrears aged per payer, the dunning worklist and its contacts (催缴), and the "
        + "monthly receivables review with the collection rate (收缴率)")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "The community or ledger is not one of the caller's")
class ArrearsController {

    private final Arrears arrears;
    private final UnitAreas units;
    private final Clock clock;

    ArrearsController(Arrears arrears, UnitAreas units, Clock clock) {
        this.arrears = arrears;
        this.units = units;
        this.clock = clock;
    }

    @Schema(description = "The arrears of one payer on asOf, aged by days past due")
    record ArrearsRow(@Schema(example = "UNIT:u-1-1-101") String payer, @Schema(example = "1-1-101") String unitNumber,
                      String buildingId, @Schema(example = "862.20") String overdue,
                      @Schema(description = "Overdue amounts by days past due: DAYS_1_30, DAYS_31_90, DAYS_91_180, OVER_180")
                      Map<String, String> buckets, LocalDate oldestDueOn, long daysLate, int overdueCharges,
                      ContactView lastContact) {
    }

    @Schema(description = "A contact with a payer about their arrears")
    record ContactView(String id, @Schema(example = "CALL") String way, @Schema(example = "PROMISED") String outcome,
                       LocalDate promisedOn, @Schema(example = "业主承诺月底前缴清") String note, String by, Instant at) {

        static ContactView of(DunningContact c) {
            return c == null ? null : new ContactView(c.id(), c.way().name(), c.outcome().name(), c.promisedOn(),
                    c.note(), c.by(), c.at());
        }
    }

    @Schema(description = "A contact to record")
    record ContactBody(@NotNull DunningContact.Way way, @NotNull DunningContact.Outcome outcome,
                       @Schema(description = "For PROMISED: the day the payer said they would pay") LocalDate promisedOn,
                       @Schema(example = "业主承诺月底前缴清") @Size(max = 500) String note) {
    }

    @Schema(description = "Receivables of a period: receivable (应收), reduced (减免/优惠), collected (实收), outstanding, "
            + "collectionRate (收缴率, 0–1), late fees apart")
    record FiguresView(String receivable, String reduced, String collected, String outstanding,
                       @Schema(example = "0.9350") String collectionRate, String lateFees) {

        static FiguresView of(Receivables r) {
            return new FiguresView(r.receivable().toString(), r.reduced().toString(), r.collected().toString(),
                    r.outstanding().toString(), r.collectionRate().toPlainString(), r.lateFees().toString());
        }
    }

    @Schema(description = "The receivables review of a community's period, as collected by the end of asOf")
    record ReviewView(String communityId, @Schema(example = "2026-12") String period, LocalDate asOf,
                      FiguresView total, Map<String, FiguresView> byFeeItem,
                      @Schema(description = "By building id; payers that are not units under OTHER")
                      Map<String, FiguresView> byBuilding) {
    }

    @GetMapping("/api/v1/arrears")
    @Allowed(roles = {Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listArrears", summary = "The dunning worklist: every payer in arrears, largest first",
            description = "Each payer of the community with charges past their due day on asOf (today in China by "
                    + "default), the overdue amount aged into 1–30, 31–90, 91–180 and 180+ days, and the last "
                    + "dunning contact.")
    @ApiResponse(responseCode = "200", description = "The worklist")
    List<ArrearsRow> worklist(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today();
        Map<String, BilledUnit> unitsById = units.byIdInCommunity(communityId);
        return arrears.worklist(caller, communityId, day).stream().map(row -> {
            Aging aging = row.aging();
            Map<String, String> buckets = new LinkedHashMap<>();
            for (Aging.Bucket bucket : Aging.Bucket.values()) {
                buckets.put(bucket.name(), aging.buckets().get(bucket).toString());
            }
            Optional<BilledUnit> unit = row.payer().kind() == Payer.Kind.UNIT
                    ? Optional.ofNullable(unitsById.get(row.payer().id())) : Optional.empty();
            return new ArrearsRow(row.payer().key(), unit.map(BilledUnit::number).orElse(null),
                    unit.map(BilledUnit::buildingId).orElse(null), aging.overdue().toString(), buckets,
                    aging.oldestDueOn(), aging.daysLate(day), aging.overdueCharges(), ContactView.of(row.lastContact()));
        }).toList();
    }

    @GetMapping("/api/v1/arrears/{payer}/contacts")
    @Allowed(roles = {Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listDunningContacts", summary = "A payer's dunning contacts, newest first")
    @ApiResponse(responseCode = "200", description = "The contacts")
    List<ContactView> contacts(Caller caller, @Parameter(example = "UNIT:u-1-1-101") @PathVariable @Size(max = 120) String payer) {
        return arrears.contacts(caller, Payer.parse(payer)).stream().map(ContactView::of).toList();
    }

    @PostMapping("/api/v1/arrears/{payer}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(roles = {Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "recordDunningContact", summary = "Record a contact with a payer about their arrears",
            description = "A call, SMS, visit or letter and its outcome; PROMISED names the day. A retry with the same "
                    + "Idempotency-Key records nothing twice.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "A promise without its day (promise-without-day)")
    ContactView record(Caller caller, @PathVariable @Size(max = 120) String payer,
                       @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100)
                       @Pattern(regexp = "[A-Za-z0-9._:-]+") String key,
                       @Valid @RequestBody ContactBody body) {
        return ContactView.of(arrears.record(caller, Payer.parse(payer), new Arrears.NewContact(body.way(),
                body.outcome(), body.promisedOn(), body.note()), key));
    }

    @GetMapping("/api/v1/receivables")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "reviewReceivables", summary = "The receivables review of a period (月度应收审查)",
            description = "For the charges billed for `period` (a month 2026-12, a quarter 2026-Q4 or a year): what "
                    + "was receivable, reduced by waivers and discounts, collected by the end of asOf (today by "
                    + "default), what remains, and the collection rate collected ÷ (receivable − reduced); in total, "
                    + "by fee item and by building. Late fees are shown apart and are not in the rate.")
    @ApiResponse(responseCode = "200", description = "The review")
    ReviewView review(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                      @Parameter(example = "2026-12") @RequestParam @Pattern(regexp = "[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?") String period,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : today();
        Instant end = BillingDay.endOf(day);
        Map<String, Receivables> byItem = arrears.receivables(caller, communityId, period, end,
                line -> line.line().charge().feeName());
        Map<String, BilledUnit> unitsById = units.byIdInCommunity(communityId);
        Map<String, Receivables> byBuilding = arrears.receivables(caller, communityId, period, end, line -> {
            Payer payer = line.ledger().payer();
            BilledUnit unit = payer.kind() == Payer.Kind.UNIT ? unitsById.get(payer.id()) : null;
            return unit != null ? unit.buildingId() : "OTHER";
        });
        Receivables total = byItem.values().stream().reduce(Receivables.NONE, Receivables::plus);
        Map<String, FiguresView> items = new LinkedHashMap<>();
        byItem.forEach((item, figures) -> items.put(item, FiguresView.of(figures)));
        Map<String, FiguresView> buildings = new LinkedHashMap<>();
        byBuilding.forEach((building, figures) -> buildings.put(building, FiguresView.of(figures)));
        return new ReviewView(communityId, period, day, FiguresView.of(total), items, buildings);
    }

    private LocalDate today() {
        return BillingDay.today(clock);
    }
}
