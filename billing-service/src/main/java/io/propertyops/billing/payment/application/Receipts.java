package io.propertyops.billing.payment.application;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Receipts (收据): issued to every payment under its community's next number, read by the staff of the community and
 * by the owners of the unit (anyone else: 404), printed with the lines the payment settled.
 */
@Service
public class Receipts {

    /** Staff who read and print receipts: finance, the manager, an admin, and the service desk that helps owners. */
    public static final String[] STAFF = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.CUSTOMER_SERVICE};

    private final ReceiptStore store;
    private final Ledgers ledgers;
    private final PaymentProperties properties;
    private final Clock clock;

    Receipts(ReceiptStore store, Ledgers ledgers, PaymentProperties properties, Clock clock) {
        this.store = store;
        this.ledgers = ledgers;
        this.properties = properties;
        this.clock = clock;
    }

    /** The payment's receipt, issued now under the next number unless it has one. */
    public Receipt issue(Receipt.Draft draft) {
        return store.issue(draft, clock.instant().plus(properties.completeAfter()));
    }

    /** The year a receipt issued now is numbered in. */
    public int year() {
        return clock.instant().atZone(properties.zone()).getYear();
    }

    /** The receipt, when the caller may see it. @throws NotFoundException otherwise */
    public Receipt visible(Caller caller, String id) {
        return store.find(id).filter(receipt -> mayRead(caller, receipt))
                .orElseThrow(() -> new NotFoundException("Receipt", id));
    }

    /** The receipts of an owner's unit, newest first. */
    public List<Receipt> ofMyUnit(Caller caller, String communityId, String unitId) {
        if (!caller.ownsUnit(unitId) || !caller.inCommunity(communityId)) {
            throw new NotFoundException("Unit", unitId);
        }
        return store.ofUnit(communityId, unitId);
    }

    public static boolean mayRead(Caller caller, Receipt receipt) {
        return caller.hasAnyRole(STAFF) && caller.inCommunity(receipt.communityId())
                || caller.hasRole(Roles.OWNER) && receipt.unitId() != null && caller.ownsUnit(receipt.unitId());
    }

    /** One line of what a payment paid: a charge's fee and period, and the part of the payment it took. */
    public record PaidLine(String feeName, String period, Money amount) {
    }

    /** A receipt with what its payment paid, for printing. */
    public record Printable(Receipt receipt, List<PaidLine> lines, Money prepaid) {
    }

    public Printable printable(Receipt receipt) {
        Ledger ledger = ledgers.find(Payer.parse(receipt.payer())).orElse(null);
        List<PaidLine> lines = new ArrayList<>();
        Money allocated = Money.ZERO;
        if (ledger != null) {
            for (LedgerLine line : ledger.lines()) {
                // what the payment paid when it came; its prepaid part spent on later bills is not this receipt's
                if (line.kind() == LedgerLine.Kind.ALLOCATION && receipt.paymentId().equals(line.paymentId())
                        && !"prepaid".equals(line.note())) {
                    LedgerLine charge = ledger.line(line.chargeId()).orElse(null);
                    lines.add(new PaidLine(charge == null || charge.charge() == null ? line.chargeId() : charge.charge().feeName(),
                            charge == null || charge.charge() == null ? null : charge.charge().period(), line.amount()));
                    allocated = allocated.plus(line.amount());
                }
            }
        }
        return new Printable(receipt, lines, receipt.amount().minus(allocated));
    }
}
