package io.propertyops.billing.billrun.web;

import io.propertyops.billing.billrun.application.BillRuns;
import io.propertyops.billing.billrun.domain.BillRun;
import io.propertyops.billing.billrun.domain.Tally;
import io.propertyops.billing.fee.domain.BillingPeriod;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Bill runs", description = "A community's bills of a period (出账): a dry run first, then the run that "
        + "posts one bill per payer, a line per fee item, each a charge on the payer's ledger")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such bill run, or not in one of the caller's communities")
class BillRunController {

    private final BillRuns runs;

    BillRunController(BillRuns runs) {
        this.runs = runs;
    }

    @Schema(description = "A bill run to start, or to try first")
    record BillRunBody(@Schema(example = "community-cuihu") @NotBlank @Size(max = 64) String communityId,
                       @Schema(description = "A month (2026-12), a quarter (2026-Q4) or a year (2026); each fee item "
                               + "bills the periods of its cycle (one billed ONCE, any)", example = "2026-12")
                       @NotBlank @Pattern(regexp = BillingPeriod.PATTERN) String period,
                       @ArraySchema(arraySchema = @Schema(description = "The fee items to bill; all the community's that "
                               + "bill the period when left out (the others are listed as left out)"),
                               schema = @Schema(example = "5f0c2b7e-3d1a-4c8e-9b6f-2a1d0e9c8b7a"))
                       @Size(max = 100) List<@NotBlank @Size(max = 64) String> feeItemIds,
                       @Schema(description = "true: compute and answer the totals, write nothing", example = "true")
                       @NotNull Boolean dryRun) {
    }

    record TotalView(@Schema(description = "The fee item's id, or the building's (\"-\" for payers that are no unit)")
                     String key, @Schema(example = "物业服务费") String name,
                     @Schema(description = "Lines of the item, or bills of the building", example = "3") long count,
                     @Schema(example = "936.60") String total) {
    }

    record ReasonView(@Schema(example = "unit has no area") String reason, @Schema(example = "2") long count) {
    }

    record SkipView(@Schema(example = "UNIT:cuihu-9-1-101") String payer, String feeItemId,
                    @Schema(example = "metered item without approved consumption") String reason) {
    }

    record LeftOutView(String feeItemId, @Schema(example = "水费") String name,
                       @Schema(example = "period-not-ended") String problem, String reason) {
    }

    @Schema(description = "A bill run: what it bills and how far it has got (a dry run: what it would bill)")
    record BillRunView(@Schema(description = "Derived from community, period and fee items: starting the same run "
                               + "again finds it", example = "8d7c6b5a-4e3f-3a2b-9c1d-0e9f8a7b6c5d") String id,
                       @Schema(example = "community-cuihu") String communityId,
                       @Schema(example = "2026-12") String period, List<String> feeItemIds, List<LeftOutView> leftOut,
                       @Schema(description = "DRY_RUN, RUNNING, DONE or FAILED", example = "DONE") String status,
                       @Schema(description = "How many times it was started", example = "1") int attempt,
                       Instant startedAt, @Schema(example = "fin-0007") String startedBy, Instant finishedAt,
                       @Schema(description = "When its runner last recorded a page") Instant heartbeatAt,
                       @Schema(description = "Bills the period has in all", example = "10000") long planned,
                       @Schema(description = "Bills posted and recorded so far (all of them when DONE; in a dry run, "
                               + "what it would post)", example = "10000") long bills,
                       @Schema(example = "20000") long lines,
                       @Schema(description = "Lines this attempt posted", example = "20000") long postedLines,
                       @Schema(description = "Lines it found posted before (a run again, or resumed)", example = "0")
                       long existingLines,
                       @Schema(example = "2510000.00") String total, List<TotalView> byItem, List<TotalView> byBuilding,
                       @Schema(description = "Payer and item pairs not billed", example = "2") long skipped,
                       List<ReasonView> skippedByReason,
                       @Schema(description = "The first skipped, at most 100") List<SkipView> skippedSamples,
                       @Schema(description = "Why it failed, when it did", example = "Ledger UNIT:u-1 kept changing")
                       String error,
                       @Schema(example = "22") long version) {

        static BillRunView of(BillRun r) {
            Tally t = r.tally();
            return new BillRunView(r.id(), r.communityId(), r.period(), r.feeItemIds(),
                    r.leftOut().stream().map(l -> new LeftOutView(l.feeItemId(), l.name(), l.problem(), l.reason())).toList(),
                    r.status().name(), r.attempt(), r.startedAt(), r.startedBy(), r.finishedAt(), r.heartbeatAt(),
                    r.planned(), t.bills(), t.lines(), t.posted(), t.existing(), t.total().toString(),
                    totals(t.byItem()), totals(t.byBuilding()), r.skipped(),
                    r.skippedByReason().entrySet().stream().map(e -> new ReasonView(e.getKey(), e.getValue())).toList(),
                    r.samples().stream().map(s -> new SkipView(s.payer(), s.feeItemId(), s.reason())).toList(),
                    r.error(), r.version());
        }

        private static List<TotalView> totals(java.util.Map<String, Tally.Total> totals) {
            return totals.entrySet().stream().map(e -> new TotalView(e.getKey(), e.getValue().name(),
                    e.getValue().count(), e.getValue().amount().toString())).toList();
        }
    }

    @PostMapping("/api/v1/bill-runs")
    @BillRunners
    @Operation(operationId = "startBillRun", summary = "Bill a community's period, or try it first (dry run)",
            description = "dryRun=true computes every payer's bill and answers what they add up to — bills, lines, "
                    + "the total per fee item and per building, the payers skipped and why (a unit without an area, a "
                    + "metered item without approved consumption…) — and writes nothing. dryRun=false starts the run: "
                    + "one bill per payer, a line per fee item, each a charge on the payer's ledger announced by "
                    + "BillIssued, posted in pages of payers in the background; follow it at its Location. Each charge "
                    + "is one per (community, period, item, payer), so starting a run again posts nothing twice: a run "
                    + "that stopped part-way (its process died, or it failed) is resumed where it stopped, and one that "
                    + "is done is run again, finding everything posted. A period is billed at each item's standard in "
                    + "force on its first day; a postpaid item once the period is over.")
    @ApiResponse(responseCode = "200", description = "The dry run's totals; or the run, found running already")
    @ApiResponse(responseCode = "202", description = "Started (or resumed): the run as it starts")
    @ApiResponse(responseCode = "422", description = "A period of another form than a chosen item's cycle "
            + "(period-not-in-cycle), no standard in force on its first day (standard-not-in-force), a postpaid "
            + "period not over (period-not-ended), an item the community does not have (unknown-fee-item), nothing "
            + "to bill (nothing-to-bill)")
    ResponseEntity<BillRunView> start(Caller caller, @Valid @RequestBody BillRunBody body) {
        BillRuns.Request request = new BillRuns.Request(body.communityId(), body.period(),
                body.feeItemIds() == null ? List.of() : body.feeItemIds());
        if (body.dryRun()) {
            return ResponseEntity.ok(BillRunView.of(runs.dryRun(caller, request)));
        }
        BillRuns.Started started = runs.start(caller, request);
        BillRunView view = BillRunView.of(started.run());
        return ResponseEntity.status(started.started() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/v1/bill-runs/" + view.id())).body(view);
    }

    @GetMapping("/api/v1/bill-runs")
    @BillReaders
    @Operation(operationId = "listBillRuns", summary = "A community's bill runs, newest first")
    @ApiResponse(responseCode = "200", description = "The runs")
    List<BillRunView> list(Caller caller,
                           @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return runs.list(caller, communityId).stream().map(BillRunView::of).toList();
    }

    @GetMapping("/api/v1/bill-runs/{id}")
    @BillReaders
    @Operation(operationId = "getBillRun", summary = "A bill run and how far it has got")
    @ApiResponse(responseCode = "200", description = "The run")
    BillRunView get(Caller caller, @PathVariable @Size(max = 64) String id) {
        return BillRunView.of(runs.get(caller, id));
    }
}
