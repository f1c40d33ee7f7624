package io.propertyops.billing.ledger.web;

import io.propertyops.billing.ledger.domain.BillingDay;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Bill;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@RestController
@Tag(name = "My bills", description = "An owner's or resident's bills, balances and prepaid money, for their units")
class MyBillsController {

    private final Ledgers ledgers;
    private final Clock clock;

    MyBillsController(Ledgers ledgers, Clock clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @Schema(description = "One line of a bill")
    record BillLineView(String chargeId, @Schema(example = "物业服务费") String feeName, @Schema(example = "CHARGE") String kind,
                        @Schema(example = "287.40") String amount, @Schema(example = "0.00") String outstanding) {
    }

    @Schema(description = "A bill of one of the caller's units")
    record MyBillView(String billId, @Schema(example = "UNIT:u-1-1-101") String payer, String unitId,
                      @Schema(example = "2026-12") String period, LocalDate dueOn,
                      @Schema(example = "312.40") String total, @Schema(example = "112.40") String outstanding,
                      @Schema(example = "PARTLY_PAID") String status, List<BillLineView> lines) {
    }

    @Schema(description = "One of the caller's units' ledgers, summed up")
    record MyLedgerView(@Schema(example = "UNIT:u-1-1-101") String payer, String unitId, String communityId,
                        @Schema(example = "112.40") String owed, @Schema(example = "0.00") String overdue,
                        @Schema(description = "Prepaid balance (预存余额)", example = "0.00") String prepaid) {
    }

    @GetMapping("/api/v1/me/bills")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "myBills", summary = "The bills of my units, newest first",
            description = "Every bill of every unit the caller owns or lives in: its lines, what each still owes, and "
                    + "its status on today (PAID, PARTLY_PAID, UNPAID, OVERDUE). Read from the units' ledgers.")
    @ApiResponse(responseCode = "200", description = "The bills")
    List<MyBillView> bills(Caller caller) {
        LocalDate today = BillingDay.today(clock);
        return myLedgers(caller).flatMap(ledger -> Bill.of(ledger).stream().map(bill -> new MyBillView(bill.billId(),
                ledger.payer().key(), ledger.payer().id(), bill.period(), bill.dueOn(), bill.total().toString(),
                bill.outstanding().toString(), bill.status(today).name(), bill.lines().stream()
                .map(line -> new BillLineView(line.line().id(), line.line().charge().feeName(), line.line().kind().name(),
                        line.line().amount().toString(), line.outstanding().toString())).toList()))).toList();
    }

    @GetMapping("/api/v1/me/ledgers")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "myLedgers", summary = "My units' balances: owed, overdue and prepaid",
            description = "One entry per unit of the caller that has a ledger; the lines are at /api/v1/ledgers/{payer}.")
    @ApiResponse(responseCode = "200", description = "The balances")
    List<MyLedgerView> ledgers(Caller caller) {
        LocalDate today = BillingDay.today(clock);
        return myLedgers(caller).map(ledger -> new MyLedgerView(ledger.payer().key(), ledger.payer().id(),
                ledger.communityId(), ledger.owed().toString(), ledger.overdue(today).stream()
                .map(Ledger.OpenCharge::outstanding).reduce(Money.ZERO, Money::plus).toString(), ledger.prepaid().toString())).toList();
    }

    private Stream<Ledger> myLedgers(Caller caller) {
        return caller.unitIds().stream().sorted().map(unit -> ledgers.find(Payer.unit(unit)))
                .flatMap(Optional::stream).filter(ledger -> Ledgers.mayRead(caller, ledger));
    }
}
