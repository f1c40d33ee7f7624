package io.propertyops.billing.payment.web;

import io.propertyops.billing.payment.application.OnlinePayments;
import io.propertyops.billing.payment.application.PaymentProvider;
import io.propertyops.billing.payment.domain.PaymentOrder;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one payments operation no bearer token opens: the provider's notification, signed by the provider, verified
 * over exactly the bytes received before anything in it is believed.
 */
@RestController
@Validated
@Tag(name = "Payment notifications", description = "What payment providers tell of paid orders (支付结果通知)")
class PaymentNotificationController {

    private final OnlinePayments payments;

    PaymentNotificationController(OnlinePayments payments) {
        this.payments = payments;
    }

    @Schema(description = "WeChat Pay's expected acknowledgement")
    record NotificationAnswer(@Schema(example = "SUCCESS") String code, @Schema(example = "成功") String message) {
    }

    @PostMapping(path = "/api/v1/payments/notify/{provider}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(roles = {}, publicAccess = true)
    @Operation(operationId = "notifyPayment", summary = "A payment provider's notification",
            description = "No bearer token: the provider signs. WeChat Pay (provider `wechat-pay`) signs "
                    + "`timestamp\\nnonce\\nbody\\n` SHA256withRSA with the platform key whose serial is in "
                    + "Wechatpay-Serial; the timestamp must be within 5 minutes; the resource is AES-256-GCM encrypted "
                    + "with the APIv3 key. A paid order is applied once, keyed on the provider's transaction id: "
                    + "repeated notifications (or one after the reconciliation query applied it) post nothing more. "
                    + "Answers 200 `{\"code\":\"SUCCESS\"}`; any other answer makes the provider send it again.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(type = "object", example = "{\"id\":\"EV-2018022511223320873\","
                                    + "\"create_time\":\"2026-12-01T10:15:35+08:00\",\"resource_type\":\"encrypt-resource\","
                                    + "\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\",\"resource\":"
                                    + "{\"original_type\":\"transaction\",\"algorithm\":\"AEAD_AES_256_GCM\","
                                    + "\"ciphertext\":\"…\",\"associated_data\":\"transaction\",\"nonce\":\"fdasflkja484w\"}}"))))
    @ApiResponse(responseCode = "200", description = "Received: applied, or nothing to apply")
    @ApiResponse(responseCode = "401", description = "Not signed by the provider (bad-signature, unknown-serial, "
            + "missing-signature), stale (stale-timestamp), a resource that does not decrypt (undecryptable-resource), "
            + "or no such provider (unknown-provider): nothing changes")
    @ApiResponse(responseCode = "404", description = "A verified notification of an order that is not ours")
    @ApiResponse(responseCode = "409", description = "The amount paid is not the order's (amount-mismatch): refused and "
            + "logged, nothing posted")
    ResponseEntity<NotificationAnswer> notify(@Parameter(example = "wechat-pay") @PathVariable @Size(max = 40) String provider,
                                              @RequestHeader HttpHeaders headers, @RequestBody byte[] body) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                lower.put(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        payments.notified(provider, lower, body);
        return ResponseEntity.ok(new NotificationAnswer("SUCCESS", "成功"));
    }

    @ExceptionHandler(PaymentProvider.NotAuthentic.class)
    ResponseEntity<Object> notAuthentic(PaymentProvider.NotAuthentic refused) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, refused.code(), refused.getMessage()));
    }

    @ExceptionHandler(PaymentOrder.AmountMismatch.class)
    ResponseEntity<Object> amountMismatch(PaymentOrder.AmountMismatch mismatch) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.CONFLICT, "amount-mismatch", mismatch.getMessage()));
    }
}
