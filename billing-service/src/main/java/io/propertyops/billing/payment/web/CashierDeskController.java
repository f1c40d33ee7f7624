package io.propertyops.billing.payment.web;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.CashierDesk;
import io.propertyops.billing.payment.domain.CashierBatch;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RestController
@Validated
@Tag(name = "Cashier desk", description = "Money taken at the service centre's desk (收银台) and the cashiers' daily "
        + "batches (日结), whose cancellation another person approves")
@ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
@ApiResponse(responseCode = "404", description = "No such unit, charge or batch, or not one of the caller's communities")
class CashierDeskController {

    private final CashierDesk desk;

    CashierDeskController(CashierDesk desk) {
        this.desk = desk;
    }

    @Schema(description = "Money a cashier takes for a unit")
    record DeskPaymentBody(@Schema(example = "c-1") @NotBlank @Size(max = 100) String communityId,
                           @Schema(example = "u-1-1-101") @NotBlank @Size(max = 100) String unitId,
                           @Schema(description = "CASH, POS, BANK_TRANSFER or SCANNED_QR", example = "CASH") @NotNull PaymentMethod method,
                           @Schema(description = "Yuan, two places at most", example = "312.40") @NotNull
                           @DecimalMin("0.01") @DecimalMax("10000000.00") @Digits(integer = 8, fraction = 2) BigDecimal amount,
                           @Schema(description = "Charges to pay, in order; empty: oldest first. What is left over is prepaid")
                           @Size(max = 200) List<@NotBlank @Size(max = 200) String> chargeIds,
                           @Schema(description = "Who paid, as the receipt names them", example = "张伟") @Size(max = 60) String payerName,
                           @Schema(description = "The POS slip's or transfer's reference", example = "POS-20261201-0042")
                           @Size(max = 100) String reference) {
    }

    @Schema(description = "A payment taken at the desk, with its receipt")
    record DeskPaymentView(@Schema(example = "DESK:1b4e28ba-2fa1-11d2-883f-0016d3cca427") String paymentId,
                           @Schema(description = "The receipt's id, for its PDF") String receiptId,
                           @Schema(example = "COMMUNIT-2026-000042") String receiptNumber, String batchId,
                           @Schema(example = "312.40") String amount, @Schema(example = "CASH") String method,
                           @Schema(description = "What the unit still owes after it", example = "0.00") String owedAfter,
                           @Schema(description = "The unit's prepaid balance after it", example = "0.00") String prepaidAfter) {
    }

    @Schema(description = "A payment of a batch")
    record BatchPaymentView(String paymentId, String unitId, @Schema(example = "CASH") String method,
                            @Schema(example = "312.40") String amount, String receiptNumber, Instant at) {
    }

    @Schema(description = "A cashier's daily batch: its payments and totals by method")
    record CashierBatchView(String id, String communityId, String cashierId, String cashierName, LocalDate day,
                            @Schema(example = "OPEN") String state,
                            @Schema(description = "Totals by method", example = "{\"CASH\": \"312.40\", \"POS\": \"100.00\"}")
                            Map<String, String> totals, @Schema(example = "412.40") String total,
                            List<BatchPaymentView> payments,
                            @Schema(description = "The approval a cancellation waits for, or was decided by") String cancellationApprovalId,
                            @Schema(description = "PENDING, APPROVED or REJECTED when a cancellation was asked for") String cancellation,
                            String cancellationReason, Instant openedAt, Instant closedAt, long version) {

        static CashierBatchView of(CashierBatch batch) {
            Map<String, String> totals = new TreeMap<>();
            batch.totals().forEach((method, total) -> totals.put(method.name(), total.toString()));
            CashierBatch.Cancellation c = batch.cancellation();
            return new CashierBatchView(batch.id(), batch.communityId(), batch.cashierId(), batch.cashierName(),
                    batch.day(), batch.state().name(), totals, batch.total().toString(),
                    batch.payments().stream().map(entry -> new BatchPaymentView(entry.paymentId(), entry.unitId(),
                            entry.method().name(), entry.amount().toString(), entry.receiptNumber(), entry.at())).toList(),
                    c == null ? null : c.approvalId(),
                    c == null ? null : c.pending() ? "PENDING" : c.approved() ? "APPROVED" : "REJECTED",
                    c == null ? null : c.reason(), batch.openedAt(), batch.closedAt(), batch.version());
        }
    }

    @Schema(description = "Why the batch is to be cancelled")
    record BatchCancellationBody(@Schema(example = "现金盘点短款 50 元, 复核发现一笔重复收款") @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/desk-payments")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "takeDeskPayment", summary = "Take a payment at the desk",
            description = "A cashier of the community takes money for a unit by CASH, POS, BANK_TRANSFER or "
                    + "SCANNED_QR: allocated to the charges chosen (or oldest first), the rest kept as prepaid balance. "
                    + "It joins the cashier's open batch of the day and gets a receipt numbered without gaps. A retry "
                    + "with the same Idempotency-Key answers the first payment (200) and takes nothing twice.")
    @ApiResponse(responseCode = "201", description = "Taken")
    @ApiResponse(responseCode = "200", description = "Taken before, by a request with this Idempotency-Key")
    @ApiResponse(responseCode = "409", description = "The Idempotency-Key took another payment (idempotency-key-reused)")
    @ApiResponse(responseCode = "422", description = "Not a desk method (not-a-desk-method)")
    ResponseEntity<DeskPaymentView> take(Caller caller,
                                         @Parameter(description = "A key the desk makes per payment, so a retry takes it once",
                                                 example = "desk-20261201-0042")
                                         @RequestHeader(name = "Idempotency-Key", required = false)
                                         @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
                                         @Valid @RequestBody DeskPaymentBody body) {
        CashierDesk.Taken taken = desk.take(caller, new CashierDesk.DeskPayment(body.communityId(), body.unitId(),
                body.method(), new Money(body.amount()), body.chargeIds() == null ? List.of() : body.chargeIds(),
                body.payerName(), body.reference()), idempotencyKey);
        DeskPaymentView view = new DeskPaymentView(taken.receipt().paymentId(), taken.receipt().id(),
                taken.receipt().number(), taken.batch().id(), taken.receipt().amount().toString(),
                taken.receipt().method().name(), taken.ledger().owed().toString(), taken.ledger().prepaid().toString());
        return taken.created()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/receipts/" + view.receiptId())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/v1/cashier-batches")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listCashierBatches", summary = "A community's cashier batches",
            description = "Of a day, or of every day (at most 500), newest first.")
    @ApiResponse(responseCode = "200", description = "The batches")
    List<CashierBatchView> list(Caller caller,
                                @Parameter(example = "c-1") @RequestParam @Size(max = 100) String communityId,
                                @Parameter(example = "2026-12-01") @RequestParam(required = false)
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return desk.batches(caller, communityId, day).stream().map(CashierBatchView::of).toList();
    }

    @GetMapping("/api/v1/cashier-batches/{batchId}")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getCashierBatch", summary = "A cashier batch with its payments and totals by method",
            description = "Staff of the batch's community.")
    @ApiResponse(responseCode = "200", description = "The batch; the ETag is its version")
    ResponseEntity<CashierBatchView> get(Caller caller,
                                         @Parameter(example = "CB-20261201-1b4e28ba-2fa1") @PathVariable @Size(max = 64) String batchId) {
        CashierBatch batch = desk.batch(caller, batchId);
        return ResponseEntity.ok().eTag(Long.toString(batch.version())).body(CashierBatchView.of(batch));
    }

    @PostMapping("/api/v1/cashier-batches/{batchId}/close")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "closeCashierBatch", summary = "Close a batch for the day (日结)",
            description = "After the cash count: the batch takes no more payments (the cashier's next payment opens a "
                    + "new batch). Batches still open are closed at the day's end. Closing a closed batch changes nothing.")
    @ApiResponse(responseCode = "200", description = "Closed; the ETag is its new version")
    @ApiResponse(responseCode = "409", description = "The batch was cancelled (batch-not-open)")
    @ApiResponse(responseCode = "412", description = "If-Match is not the batch's version")
    ResponseEntity<CashierBatchView> close(Caller caller,
                                           @Parameter(example = "CB-20261201-1b4e28ba-2fa1") @PathVariable @Size(max = 64) String batchId,
                                           ExpectedVersion expected) {
        CashierBatch batch = desk.close(caller, batchId, expected.orNull());
        return ResponseEntity.ok().eTag(Long.toString(batch.version())).body(CashierBatchView.of(batch));
    }

    @PostMapping("/api/v1/cashier-batches/{batchId}/cancellation")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "requestCashierBatchCancellation", summary = "Ask for a batch to be cancelled (作废)",
            description = "By the batch's cashier, e.g. when the cash count does not match: an approval of kind "
                    + "BATCH_CANCELLATION (cancellationApprovalId) that finance, a property manager or an admin other "
                    + "than the cashier decides at POST /api/v1/approvals/{id}/decision. Approved, every payment of the "
                    + "batch is reversed once and its receipt voided; rejected, the batch goes on. Meanwhile it takes no "
                    + "payments. Asking again while one waits answers the waiting one.")
    @ApiResponse(responseCode = "200", description = "Asked for; the ETag is the batch's new version")
    @ApiResponse(responseCode = "409", description = "Cancelled already, or no payments to cancel")
    @ApiResponse(responseCode = "412", description = "If-Match is not the batch's version")
    @ApiResponse(responseCode = "422", description = "Not the batch's cashier (not-the-cashier)")
    ResponseEntity<CashierBatchView> requestCancellation(Caller caller,
                                                         @Parameter(example = "CB-20261201-1b4e28ba-2fa1") @PathVariable @Size(max = 64) String batchId,
                                                         ExpectedVersion expected,
                                                         @Valid @RequestBody BatchCancellationBody body) {
        CashierBatch batch = desk.requestCancellation(caller, batchId, body.reason(), expected.orNull());
        return ResponseEntity.ok().eTag(Long.toString(batch.version())).body(CashierBatchView.of(batch));
    }
}
