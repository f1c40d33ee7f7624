package io.propertyops.billing.payment.web;

import io.propertyops.billing.payment.application.Receipts;
import io.propertyops.billing.payment.domain.ChineseAmount;
import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Receipts", description = "Receipts (收据) of payments, numbered without gaps per community, as PDF")
@ApiResponse(responseCode = "400", description = "A parameter is malformed")
@ApiResponse(responseCode = "404", description = "No such receipt, or not one the caller may see")
class ReceiptController {

    private final Receipts receipts;
    private final ReceiptPrinter printer;

    ReceiptController(Receipts receipts, ReceiptPrinter printer) {
        this.receipts = receipts;
        this.printer = printer;
    }

    @Schema(description = "One line a payment paid")
    record ReceiptLineView(@Schema(example = "物业服务费") String feeName, @Schema(example = "2026-12") String period,
                           @Schema(example = "287.40") String amount) {
    }

    @Schema(description = "A receipt")
    record ReceiptView(@Schema(description = "Its id, for the PDF") String id,
                       @Schema(example = "C1A2B3C4-2026-000042") String number, String communityId, String unitId,
                       @Schema(example = "1-1-101") String unitNumber, @Schema(example = "张伟") String payerName,
                       @Schema(example = "312.40") String amount,
                       @Schema(example = "叁佰壹拾贰元肆角") String amountInWords,
                       @Schema(example = "CASH") String method, String reference, String paymentId,
                       @Schema(example = "DESK") String source, String cashierName, Instant receivedAt,
                       List<ReceiptLineView> lines, @Schema(description = "Kept as prepaid balance", example = "0.00") String prepaid,
                       boolean voided, String voidReason) {

        static ReceiptView of(Receipts.Printable printable) {
            Receipt receipt = printable.receipt();
            return new ReceiptView(receipt.id(), receipt.number(), receipt.communityId(), receipt.unitId(),
                    receipt.unitNumber(), receipt.payerName(), receipt.amount().toString(),
                    ChineseAmount.of(receipt.amount()), receipt.method().name(), receipt.reference(),
                    receipt.paymentId(), receipt.source().name(), receipt.cashierName(), receipt.receivedAt(),
                    printable.lines().stream().map(line -> new ReceiptLineView(line.feeName(), line.period(),
                            line.amount().toString())).toList(), printable.prepaid().toString(), receipt.voided(),
                    receipt.voidReason());
        }
    }

    @GetMapping("/api/v1/receipts/{id}")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.CUSTOMER_SERVICE, Roles.OWNER})
    @Operation(operationId = "getReceipt", summary = "A receipt",
            description = "Staff of the receipt's community (finance, the manager, an admin, the service desk) and the "
                    + "owners of its unit; anyone else gets 404.")
    @ApiResponse(responseCode = "200", description = "The receipt")
    ReceiptView get(Caller caller, @Parameter(example = "c-1-2026-000042") @PathVariable @Size(max = 160) String id) {
        return ReceiptView.of(receipts.printable(receipts.visible(caller, id)));
    }

    @GetMapping(path = "/api/v1/receipts/{id}.pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.CUSTOMER_SERVICE, Roles.OWNER})
    @Operation(operationId = "getReceiptPdf", summary = "A receipt as PDF, to print or keep",
            description = "The receipt with Chinese text: community, unit, who paid, the lines paid, the amount in "
                    + "figures and in capitals (大写), the method, the cashier and the date; a voided one says so. The "
                    + "same callers as the receipt.")
    @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "503", description = "The receipt font is not installed (receipt-font-missing)")
    ResponseEntity<byte[]> pdf(Caller caller, @Parameter(example = "c-1-2026-000042") @PathVariable @Size(max = 160) String id) {
        Receipt receipt = receipts.visible(caller, id);
        byte[] pdf = printer.print(receipts.printable(receipt));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("收据-" + receipt.number() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @GetMapping("/api/v1/me/receipts")
    @Allowed(roles = Roles.OWNER)
    @Operation(operationId = "listMyReceipts", summary = "The receipts of one of the caller's units",
            description = "Newest first, at most 200.")
    @ApiResponse(responseCode = "200", description = "The receipts")
    List<ReceiptView> mine(Caller caller, @Parameter(example = "c-1") @RequestParam @Size(max = 100) String communityId,
                           @Parameter(example = "u-1-1-101") @RequestParam @Size(max = 100) String unitId) {
        return receipts.ofMyUnit(caller, communityId, unitId).stream()
                .map(receipt -> ReceiptView.of(receipts.printable(receipt))).toList();
    }

    @ExceptionHandler(ReceiptPrinter.FontMissing.class)
    ResponseEntity<Object> fontMissing(ReceiptPrinter.FontMissing missing) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "receipt-font-missing", missing.getMessage()));
    }
}
