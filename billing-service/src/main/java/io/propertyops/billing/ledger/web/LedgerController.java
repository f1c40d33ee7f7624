package io.propertyops.billing.ledger.web;

import io.propertyops.billing.ledger.domain.BillingDay;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
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
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Ledgers", description = "A payer's ledger (分户账): every charge, payment, allocation, discount, waiver, "
        + "late fee and refund as an immutable line, and the balances they add up to")
@ApiResponse(responseCode = "400", description = "A parameter is malformed")
@ApiResponse(responseCode = "404", description = "No such ledger, or not one the caller may see")
class LedgerController {

    private final Ledgers ledgers;
    private final Clock clock;

    LedgerController(Ledgers ledgers, Clock clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @Schema(description = "One line; amounts are yuan with two places")
    record LineView(String id, @Schema(example = "CHARGE") String kind, @Schema(example = "287.40") String amount,
                    Instant postedAt, String postedBy,
                    @Schema(description = "The charge an allocation, discount, waiver or late fee is about") String chargeId,
                    @Schema(description = "The payment an allocation, refund or reversal is about") String paymentId,
                    @Schema(example = "物业服务费") String feeName, String feeItemId,
                    @Schema(example = "2026-12") String period, String billId, LocalDate dueOn,
                    @Schema(example = "WECHAT_PAY") String method, String reference, String approvalId, String note) {

        static LineView of(LedgerLine line) {
            return new LineView(line.id(), line.kind().name(), line.amount().toString(), line.postedAt(),
                    line.postedBy(), line.chargeId(), line.paymentId(),
                    line.charge() == null ? null : line.charge().feeName(),
                    line.charge() == null ? null : line.charge().feeItemId(),
                    line.charge() == null ? null : line.charge().period(),
                    line.charge() == null ? null : line.charge().billId(), line.dueOn(),
                    line.payment() == null ? null : line.payment().method().name(),
                    line.payment() == null ? null : line.payment().reference(), line.approvalId(), line.note());
        }
    }

    @Schema(description = "A charge or late fee that still owes money")
    record OpenChargeView(String chargeId, @Schema(example = "物业服务费") String feeName,
                          @Schema(example = "2026-12") String period, LocalDate dueOn,
                          @Schema(example = "287.40") String amount, @Schema(example = "87.40") String outstanding,
                          @Schema(description = "Past its due day on asOf") boolean overdue) {
    }

    @Schema(description = "A payer's ledger and what it adds up to on asOf")
    record LedgerView(@Schema(example = "UNIT:u-1-1-101") String payer, String communityId, LocalDate asOf,
                      @Schema(description = "Everything still owed", example = "112.40") String owed,
                      @Schema(description = "Of it, past its due day", example = "0.00") String overdue,
                      @Schema(description = "Prepaid balance (预存): received, not yet allocated", example = "0.00")
                      String prepaid,
                      @Schema(description = "owed − prepaid: positive when the payer owes", example = "112.40")
                      String balance,
                      List<OpenChargeView> openCharges,
                      @Schema(description = "Every line, oldest first") List<LineView> lines, long version) {

        static LedgerView of(Ledger ledger, LocalDate asOf) {
            List<Ledger.OpenCharge> open = ledger.openCharges();
            Money overdue = ledger.overdue(asOf).stream().map(Ledger.OpenCharge::outstanding)
                    .reduce(Money.ZERO, Money::plus);
            return new LedgerView(ledger.payer().key(), ledger.communityId(), asOf, ledger.owed().toString(),
                    overdue.toString(), ledger.prepaid().toString(), ledger.balance().toString(),
                    open.stream().map(charge -> new OpenChargeView(charge.line().id(),
                            charge.line().charge().feeName(), charge.line().charge().period(), charge.line().dueOn(),
                            charge.line().amount().toString(), charge.outstanding().toString(),
                            charge.line().dueOn().isBefore(asOf))).toList(),
                    ledger.lines().stream().map(LineView::of).toList(), ledger.version());
        }
    }

    @GetMapping("/api/v1/ledgers/{payer}")
    @Allowed(roles = {Roles.FINANCE, Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.OWNER,
            Roles.RESIDENT})
    @Operation(operationId = "getLedger", summary = "A payer's ledger: its lines and balances",
            description = "Staff of the payer's community; the owners and residents of a unit's ledger. The payer is "
                    + "`UNIT:<unitId>`, `PARKING_SPACE:<id>` or `PERSON:<id>`. The ledger as it stood at the end of "
                    + "`asOf` (today in China by default): the lines posted by then, and what they add up to — what is "
                    + "owed, what of it is overdue, the prepaid balance.")
    @ApiResponse(responseCode = "200", description = "The ledger; the ETag is its version")
    ResponseEntity<LedgerView> get(Caller caller,
                                   @Parameter(example = "UNIT:u-1-1-101") @PathVariable @Size(max = 120) String payer,
                                   @Parameter(example = "2026-12-08") @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Ledger ledger = ledgers.visibleTo(caller, Payer.parse(payer));
        LocalDate day = asOf != null ? asOf : BillingDay.today(clock);
        // the ledger as it stood at the end of that day: the lines posted by then
        Instant end = BillingDay.endOf(day);
        Ledger then = Ledger.restore(ledger.payer(), ledger.communityId(),
                ledger.lines().stream().filter(line -> line.postedAt().isBefore(end)).toList(), ledger.version());
        return ResponseEntity.ok().eTag(Long.toString(ledger.version())).body(LedgerView.of(then, day));
    }
}
