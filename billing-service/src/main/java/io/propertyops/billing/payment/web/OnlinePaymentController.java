package io.propertyops.billing.payment.web;

import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.OnlinePayments;
import io.propertyops.billing.payment.application.PaymentProvider;
import io.propertyops.billing.payment.domain.PaymentOrder;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Online payments", description = "Owners paying their unit's charges online (在线缴费) through a payment "
        + "provider: WeChat Pay (a QR code to scan) or, in development, the sandbox")
@ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
@ApiResponse(responseCode = "404", description = "No such unit, charge, bill or order, or not the caller's")
class OnlinePaymentController {

    private final OnlinePayments payments;

    OnlinePaymentController(OnlinePayments payments) {
        this.payments = payments;
    }

    @Schema(description = "What to pay: charges and whole bills of one of the caller's units; both empty pays "
            + "everything the unit owes")
    record PaymentOrderBody(@Schema(example = "u-1-1-101") @NotBlank @Size(max = 100) String unitId,
                            @Schema(description = "Open charges (ledger line ids)", example = "[\"bill-2026-12-u101:pm\"]")
                            @Size(max = 200) List<@NotBlank @Size(max = 200) String> chargeIds,
                            @Schema(description = "Bills whose open charges are all paid", example = "[\"bill-2026-12-u101\"]")
                            @Size(max = 50) List<@NotBlank @Size(max = 200) String> billIds,
                            @Schema(description = "WECHAT_PAY, or SANDBOX in development; the configured provider when left out",
                                    example = "WECHAT_PAY") PaymentMethod provider) {
    }

    @Schema(description = "An online payment order")
    record PaymentOrderView(@Schema(description = "The provider's out_trade_no", example = "PO3F2A9C0D1E2F3A4B5C6D7E8F9A0B1C")
                            String id, String communityId, String unitId,
                            @Schema(example = "WECHAT_PAY") String provider, @Schema(example = "312.40") String amount,
                            @Schema(description = "The charges it pays; empty: every open charge, oldest first")
                            List<String> chargeIds,
                            @Schema(example = "1-1-101 物业服务费") String description,
                            @Schema(description = "What the QR code to scan encodes (WeChat Pay: weixin://wxpay/…)",
                                    example = "weixin://wxpay/bizpayurl?pr=XvFe8Gk") String codeUrl,
                            @Schema(example = "CREATED") String state, Instant createdAt, Instant expiresAt,
                            @Schema(description = "The provider's transaction id once paid") String transactionId,
                            Instant paidAt, long version) {

        static PaymentOrderView of(PaymentOrder order) {
            return new PaymentOrderView(order.id(), order.communityId(), order.unitId(), order.provider().name(),
                    order.amount().toString(), order.chargeIds(), order.description(), order.codeUrl(),
                    order.state().name(), order.createdAt(), order.expiresAt(), order.transactionId(), order.paidAt(),
                    order.version());
        }
    }

    @PostMapping("/api/v1/me/payments")
    @Allowed(roles = Roles.OWNER)
    @Operation(operationId = "createPaymentOrder", summary = "Pay a unit's charges online",
            description = "Creates an order with the configured provider for the open charges chosen (chargeIds, or "
                    + "billIds for whole bills), or for everything the unit owes when both are empty. The answer's "
                    + "codeUrl is shown as a QR code; the order is PAID when the provider notifies (or the "
                    + "reconciliation query finds it paid), EXPIRED after 15 minutes unpaid. A charge or bill that is "
                    + "not an open one of the caller's unit answers 404. A retry with the same Idempotency-Key answers "
                    + "the first order (200).")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "Created before, by a request with this Idempotency-Key")
    @ApiResponse(responseCode = "409", description = "The unit owes nothing (nothing-owed)")
    @ApiResponse(responseCode = "503", description = "The provider cannot be reached; try again")
    ResponseEntity<PaymentOrderView> create(Caller caller,
                                            @Parameter(description = "A key the app makes per payment, so a retry creates one order",
                                                    example = "pay-7f3a9c")
                                            @RequestHeader(name = "Idempotency-Key", required = false)
                                            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
                                            @Valid @RequestBody PaymentOrderBody body) {
        OnlinePayments.Placed placed = payments.create(caller, new OnlinePayments.NewOrder(body.unitId(),
                body.chargeIds() == null ? List.of() : body.chargeIds(),
                body.billIds() == null ? List.of() : body.billIds(), body.provider()), idempotencyKey);
        PaymentOrderView view = PaymentOrderView.of(placed.order());
        return placed.created()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/me/payments/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/v1/me/payments")
    @Allowed(roles = Roles.OWNER)
    @Operation(operationId = "listMyPaymentOrders", summary = "A unit's online payment orders",
            description = "The caller's unit's orders, newest first (at most 100).")
    @ApiResponse(responseCode = "200", description = "The orders")
    List<PaymentOrderView> list(Caller caller, @Parameter(example = "u-1-1-101") @RequestParam @Size(max = 100) String unitId) {
        return payments.ofUnit(caller, unitId).stream().map(PaymentOrderView::of).toList();
    }

    @GetMapping("/api/v1/me/payments/{orderId}")
    @Allowed(roles = Roles.OWNER)
    @Operation(operationId = "getMyPaymentOrder", summary = "An online payment order",
            description = "One of the caller's unit's orders: the app polls it after showing the QR code until PAID.")
    @ApiResponse(responseCode = "200", description = "The order; the ETag is its version")
    ResponseEntity<PaymentOrderView> get(Caller caller,
                                         @Parameter(example = "PO3F2A9C0D1E2F3A4B5C6D7E8F9A0B1C") @PathVariable @Size(max = 64) String orderId) {
        PaymentOrder order = payments.find(caller, orderId);
        return ResponseEntity.ok().eTag(Long.toString(order.version())).body(PaymentOrderView.of(order));
    }

    @ExceptionHandler(PaymentProvider.ProviderUnavailable.class)
    ResponseEntity<Object> providerUnavailable(PaymentProvider.ProviderUnavailable unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "provider-unavailable",
                        "The payment provider cannot be reached; try again"));
    }

    @PostMapping("/api/v1/payments/sandbox/{orderId}/pay")
    @Allowed(roles = {Roles.OWNER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "payInSandbox", summary = "Development: pay a sandbox order",
            description = "Only where the development sandbox provider is on (never in production) and only for its "
                    + "orders: stands in for the owner paying in their payment app. The sandbox sends itself the "
                    + "notification a provider would — signed with its development key and encrypted — which goes "
                    + "through the same verification as WeChat Pay's. The owner of the order's unit, or finance or an "
                    + "admin of its community.")
    @ApiResponse(responseCode = "200", description = "Paid: the order as it now is")
    ResponseEntity<PaymentOrderView> payInSandbox(Caller caller,
                                                  @Parameter(example = "PO3F2A9C0D1E2F3A4B5C6D7E8F9A0B1C") @PathVariable @Size(max = 64) String orderId) {
        return ResponseEntity.ok(PaymentOrderView.of(payments.payInSandbox(caller, orderId)));
    }
}
