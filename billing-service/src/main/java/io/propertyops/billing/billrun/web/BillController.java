package io.propertyops.billing.billrun.web;

import io.propertyops.billing.billrun.application.Bills;
import io.propertyops.billing.billrun.domain.PayerBill;
import io.propertyops.billing.fee.domain.BillingPeriod;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.web.Caller;
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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Bills", description = "The bills issued (账单): what each charged, and what it still owes by its payer's ledger")
@ApiResponse(responseCode = "400", description = "A parameter is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such bill, or not in one of the caller's communities")
class BillController {

    private final Bills bills;

    BillController(Bills bills) {
        this.bills = bills;
    }

    record LineView(@Schema(description = "The charge's id on the payer's ledger") String chargeId,
                    @Schema(description = "The fee item, or \"repair\" for a paid repair") String feeItemId,
                    @Schema(example = "物业服务费") String feeName, @Schema(example = "312.40") String amount,
                    @Schema(description = "What it still owes", example = "312.40") String owed,
                    @Schema(example = "2026-12-15") LocalDate dueOn) {
    }

    @Schema(description = "A bill: its lines as charged, and what they still owe")
    record BillView(@Schema(example = "4b3a2c1d-0e9f-3a8b-9c7d-6e5f4a3b2c1d") String id,
                    @Schema(example = "community-cuihu") String communityId, @Schema(example = "2026-12") String period,
                    @Schema(example = "UNIT:cuihu-1-1-601") String payer,
                    @Schema(example = "cuihu-1-1-601") String unitId, @Schema(example = "cuihu-building-1") String buildingId,
                    @Schema(example = "1-1-601") String unitNumber, Instant issuedAt,
                    @Schema(description = "The earliest line's due day", example = "2026-12-15") LocalDate dueOn,
                    @Schema(example = "356.80") String total, @Schema(example = "356.80") String owed,
                    @Schema(description = "UNPAID, PART_PAID or SETTLED (by what the ledger says is still owed)",
                            example = "UNPAID") String status,
                    List<LineView> lines) {

        static BillView of(Bills.BillView view) {
            PayerBill b = view.bill();
            Money owed = view.owed();
            String status = owed.isZero() ? "SETTLED" : owed.equals(b.total()) ? "UNPAID" : "PART_PAID";
            return new BillView(b.billId(), b.communityId(), b.period(), b.payer().key(), b.unitId(), b.buildingId(),
                    b.unitNumber(), view.issuedAt(), b.dueOn(), b.total().toString(), owed.toString(), status,
                    b.lines().stream().map(l -> new LineView(l.chargeId(), l.feeItemId(), l.feeName(),
                            l.amount().toString(), view.outstanding().get(l.chargeId()).toString(), l.dueOn())).toList());
        }
    }

    record BillPage(List<BillView> bills, @Schema(example = "10000") int total, @Schema(example = "0") int page,
                    @Schema(example = "50") int size) {
    }

    @GetMapping("/api/v1/bills")
    @BillReaders
    @Operation(operationId = "listBills", summary = "A community's bills, newest period first, by unit number",
            description = "period and unitId narrow the list; page from 0. What a bill still owes is read from its "
                    + "payer's ledger.")
    @ApiResponse(responseCode = "200", description = "A page of bills")
    BillPage list(Caller caller,
                  @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                  @Parameter(example = "2026-12") @RequestParam(required = false) @Pattern(regexp = BillingPeriod.PATTERN) String period,
                  @Parameter(example = "cuihu-1-1-601") @RequestParam(required = false) @Size(max = 64) String unitId,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Bills.Page found = bills.list(caller, communityId, period, unitId, page, size);
        return new BillPage(found.bills().stream().map(BillView::of).toList(), found.total(), found.page(), found.size());
    }

    @GetMapping("/api/v1/bills/{id}")
    @BillReaders
    @Operation(operationId = "getBill", summary = "One bill and what it still owes")
    @ApiResponse(responseCode = "200", description = "The bill")
    BillView get(Caller caller, @PathVariable @Size(max = 64) String id) {
        return BillView.of(bills.get(caller, id));
    }
}
