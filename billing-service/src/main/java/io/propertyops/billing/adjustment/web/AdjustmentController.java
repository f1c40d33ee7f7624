package io.propertyops.billing.adjustment.web;

import io.propertyops.billing.adjustment.application.Adjustments;
import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@Validated
@Tag(name = "Adjustments", description = "Waivers, vacancy discounts, refunds and deposits returned: each asked for "
        + "here and applied to the ledger only when someone other than the requester approves it")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such ledger, or not in one of the caller's communities")
@ApiResponse(responseCode = "422", description = "No such charge or payment on the ledger (unknown-charge, "
        + "unknown-payment), or more than it owes or holds (exceeds-outstanding, exceeds-unallocated)")
class AdjustmentController {

    private static final String AMOUNT = "[0-9]{1,9}(\\.[0-9]{1,2})?";

    private final Adjustments adjustments;

    AdjustmentController(Adjustments adjustments) {
        this.adjustments = adjustments;
    }

    @Schema(description = "The approval asked for; it takes effect when decided (see /api/v1/approvals)")
    record RequestedView(String approvalId, @Schema(example = "WAIVER") String kind,
                         @Schema(example = "PENDING") String status, @Schema(example = "2.16") String amount) {

        static ResponseEntity<RequestedView> of(Approval approval) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/approvals/" + approval.id()))
                    .body(new RequestedView(approval.id(), approval.kind().name(), approval.status().name(),
                            approval.amount() == null ? null : approval.amount().toString()));
        }
    }

    @Schema(description = "A reduction of what a charge still owes")
    record ReductionBody(@Schema(example = "late:bill-2026-12-u1:pm:2027-01-15:216") @NotBlank @Size(max = 200) String chargeId,
                         @Schema(example = "2.16") @NotBlank @Pattern(regexp = AMOUNT) String amount,
                         @Schema(example = "业主住院，申请减免滞纳金") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "Money a payment holds unallocated, to be paid back")
    record RefundBody(@NotBlank @Size(max = 200) String paymentId,
                      @Schema(example = "500.00") @NotBlank @Pattern(regexp = AMOUNT) String amount,
                      @Schema(example = "业主出售房屋，退还预存款") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "A deposit to give back")
    record DepositBody(@Schema(example = "renovation-deposit-u1") @NotBlank @Size(max = 200) String chargeId,
                       @Schema(example = "装修验收合格，退还装修押金") @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/ledgers/{payer}/waivers")
    @Allowed(roles = {Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "requestWaiver", summary = "Ask to waive part or all of a charge or late fee (减免)",
            description = "Staff of the payer's community ask; a property manager or administrator other than the "
                    + "requester approves. On approval a WAIVER line reduces the charge by the amount, or by what it "
                    + "still owes then if less. A retry with the same Idempotency-Key answers the first request.")
    @ApiResponse(responseCode = "202", description = "Asked; the Location is the approval")
    ResponseEntity<RequestedView> waiver(Caller caller, @Parameter(example = "UNIT:u-1-1-101") @PathVariable @Size(max = 120) String payer,
                                         @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100)
                                         @Pattern(regexp = "[A-Za-z0-9._:-]+") String key,
                                         @Valid @RequestBody ReductionBody body) {
        return RequestedView.of(adjustments.requestWaiver(caller, Payer.parse(payer), body.chargeId(),
                Money.of(body.amount()), body.reason(), key));
    }

    @PostMapping("/api/v1/ledgers/{payer}/vacancy-discounts")
    @Allowed(roles = {Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "requestVacancyDiscount", summary = "Ask for a vacancy discount on a charge (空置优惠)",
            description = "On an owner's application for an empty unit; applied as a DISCOUNT line when a property "
                    + "manager or administrator other than the requester approves.")
    @ApiResponse(responseCode = "202", description = "Asked; the Location is the approval")
    ResponseEntity<RequestedView> vacancy(Caller caller, @PathVariable @Size(max = 120) String payer,
                                          @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100)
                                          @Pattern(regexp = "[A-Za-z0-9._:-]+") String key,
                                          @Valid @RequestBody ReductionBody body) {
        return RequestedView.of(adjustments.requestVacancyDiscount(caller, Payer.parse(payer), body.chargeId(),
                Money.of(body.amount()), body.reason(), key));
    }

    @PostMapping("/api/v1/ledgers/{payer}/refunds")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "requestRefund", summary = "Ask to pay back prepaid money (退款)",
            description = "From what a payment holds unallocated; on approval by someone other than the requester a "
                    + "REFUND line records the money paid back (at most what it still holds then) and RefundPaid is "
                    + "published.")
    @ApiResponse(responseCode = "202", description = "Asked; the Location is the approval")
    ResponseEntity<RequestedView> refund(Caller caller, @PathVariable @Size(max = 120) String payer,
                                         @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100)
                                         @Pattern(regexp = "[A-Za-z0-9._:-]+") String key,
                                         @Valid @RequestBody RefundBody body) {
        return RequestedView.of(adjustments.requestRefund(caller, Payer.parse(payer), body.paymentId(),
                Money.of(body.amount()), body.reason(), key));
    }

    @PostMapping("/api/v1/ledgers/{payer}/deposit-returns")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "requestDepositReturn", summary = "Ask to return a deposit (退押金)",
            description = "On approval by someone other than the requester what was paid on the deposit is taken "
                    + "off it and paid back (REFUND lines, RefundPaid), and the deposit is owed no more.")
    @ApiResponse(responseCode = "202", description = "Asked; the Location is the approval")
    ResponseEntity<RequestedView> deposit(Caller caller, @PathVariable @Size(max = 120) String payer,
                                          @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100)
                                          @Pattern(regexp = "[A-Za-z0-9._:-]+") String key,
                                          @Valid @RequestBody DepositBody body) {
        return RequestedView.of(adjustments.requestDepositReturn(caller, Payer.parse(payer), body.chargeId(),
                body.reason(), key));
    }
}
