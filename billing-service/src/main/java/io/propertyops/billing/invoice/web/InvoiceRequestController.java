package io.propertyops.billing.invoice.web;

import io.propertyops.billing.invoice.application.InvoiceRequests;
import io.propertyops.billing.invoice.domain.InvoiceRequest;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Invoice requests", description = "Owners ask for invoices (发票) for their payments; finance issues or rejects them")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such request or ledger, or not the caller's")
class InvoiceRequestController {

    private final InvoiceRequests requests;

    InvoiceRequestController(InvoiceRequests requests) {
        this.requests = requests;
    }

    @Schema(description = "An invoice request and where it stands")
    record RequestView(String id, String communityId, @Schema(example = "UNIT:u-1-1-101") String payer,
                       List<String> paymentIds, @Schema(example = "312.40") String amount,
                       @Schema(example = "COMPANY") String titleKind, @Schema(example = "杭州某某科技有限公司") String title,
                       @Schema(example = "91330106MA2XXXXX1A") String taxNumber, String email,
                       @Schema(example = "REQUESTED") String status, String invoiceNumber, String rejection,
                       Instant requestedAt, Instant handledAt) {

        static RequestView of(InvoiceRequest r) {
            return new RequestView(r.id(), r.communityId(), r.payer(), r.paymentIds(), r.amount().toString(),
                    r.titleKind().name(), r.title(), r.taxNumber(), r.email(), r.status().name(), r.invoiceNumber(),
                    r.rejection(), r.requestedAt(), r.handledAt());
        }
    }

    @Schema(description = "What to invoice, to whom, and where to send it")
    record AskBody(@Schema(example = "UNIT:u-1-1-101") @NotBlank @Size(max = 120) String payer,
                   @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> paymentIds,
                   @NotNull InvoiceRequest.TitleKind titleKind,
                   @Schema(example = "杭州某某科技有限公司") @NotBlank @Size(max = 100) String title,
                   @Schema(description = "For COMPANY: the unified social credit code", example = "91330106MA2CDXE21A")
                   @Size(max = 18) String taxNumber,
                   @Schema(example = "owner@example.com") @NotBlank @Email @Size(max = 120) String email) {
    }

    @Schema(description = "The invoice number from the tax system")
    record IssueBody(@Schema(example = "26332000000012345678") @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{8,30}") String invoiceNumber) {
    }

    @Schema(description = "Why it is rejected")
    record RejectBody(@Schema(example = "该笔款项已开具发票") @NotBlank @Size(max = 300) String reason) {
    }

    @PostMapping("/api/v1/me/invoice-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "requestInvoice", summary = "Ask for an invoice for payments on my unit's ledger",
            description = "Each payment is invoiced once (unless its request was rejected); reversed or refunded "
                    + "payments cannot be. A retry with the same Idempotency-Key answers the first request.")
    @ApiResponse(responseCode = "201", description = "Asked")
    @ApiResponse(responseCode = "409", description = "A payment is on another request (already-requested)")
    @ApiResponse(responseCode = "422", description = "No such payment (unknown-payment), given back (payment-returned), "
            + "or a company without a valid unified social credit code (invalid-tax-number)")
    RequestView ask(Caller caller, @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._:-]+") String key, @Valid @RequestBody AskBody body) {
        return RequestView.of(requests.request(caller, new InvoiceRequests.Ask(Payer.parse(body.payer()),
                body.paymentIds(), body.titleKind(), body.title(), body.taxNumber(), body.email()), key));
    }

    @GetMapping("/api/v1/me/invoice-requests")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "myInvoiceRequests", summary = "My units' invoice requests, newest first")
    @ApiResponse(responseCode = "200", description = "The requests")
    List<RequestView> mine(Caller caller) {
        return requests.mine(caller).stream().map(RequestView::of).toList();
    }

    @GetMapping("/api/v1/invoice-requests")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listInvoiceRequests", summary = "A community's invoice requests, newest first")
    @ApiResponse(responseCode = "200", description = "The requests")
    List<RequestView> list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                           @RequestParam(required = false) InvoiceRequest.Status status) {
        return requests.inCommunity(caller, communityId, status).stream().map(RequestView::of).toList();
    }

    @GetMapping("/api/v1/invoice-requests/{id}")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getInvoiceRequest", summary = "One invoice request")
    @ApiResponse(responseCode = "200", description = "The request")
    RequestView get(Caller caller, @PathVariable @Size(max = 200) String id) {
        return RequestView.of(requests.staffGet(caller, id));
    }

    @PostMapping("/api/v1/invoice-requests/{id}/issue")
    @Allowed(roles = {Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "issueInvoice", summary = "Record the invoice issued for a request")
    @ApiResponse(responseCode = "200", description = "Issued")
    @ApiResponse(responseCode = "409", description = "Issued or rejected already (handled)")
    RequestView issue(Caller caller, @PathVariable @Size(max = 200) String id, @Valid @RequestBody IssueBody body) {
        return RequestView.of(requests.issue(caller, id, body.invoiceNumber()));
    }

    @PostMapping("/api/v1/invoice-requests/{id}/reject")
    @Allowed(roles = {Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "rejectInvoiceRequest", summary = "Reject a request, saying why")
    @ApiResponse(responseCode = "200", description = "Rejected")
    @ApiResponse(responseCode = "409", description = "Issued or rejected already (handled)")
    RequestView reject(Caller caller, @PathVariable @Size(max = 200) String id, @Valid @RequestBody RejectBody body) {
        return RequestView.of(requests.reject(caller, id, body.reason()));
    }
}
