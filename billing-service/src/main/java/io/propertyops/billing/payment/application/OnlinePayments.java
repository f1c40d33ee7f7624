package io.propertyops.billing.payment.application;

import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Ledger.OpenCharge;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.billing.payment.application.PaymentProvider.Transaction;
import io.propertyops.billing.payment.domain.PaymentIds;
import io.propertyops.billing.payment.domain.PaymentOrder;
import io.propertyops.billing.payment.domain.Receipt;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Owners paying online (在线缴费): an order for their unit's open charges (those they chose, or all), created with the
 * provider; the provider's notification (or, when it was lost, the reconciliation query) applies the payment once —
 * keyed on the provider's transaction id: its receipt, its ledger posting and the order's state change are each
 * idempotent, so ten copies of the notification delivered at once, or one arriving after the query applied it, post
 * one payment. A notification whose amount is not the order's is refused and logged, and nothing is posted.
 */
@Service
public class OnlinePayments {

    private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);
    private static final int ATTEMPTS = 8;

    private final PaymentOrderStore orders;
    private final PaymentProviders providers;
    private final ObjectProvider<PaymentSimulator> simulator;
    private final Receipts receipts;
    private final ReceiptStore receiptStore;
    private final PaymentPosting posting;
    private final Ledgers ledgers;
    private final UnitAreas units;
    private final PaymentProperties properties;
    private final Clock clock;

    OnlinePayments(PaymentOrderStore orders, PaymentProviders providers, ObjectProvider<PaymentSimulator> simulator,
                   Receipts receipts, ReceiptStore receiptStore, PaymentPosting posting, Ledgers ledgers,
                   UnitAreas units, PaymentProperties properties, Clock clock) {
        this.orders = orders;
        this.providers = providers;
        this.simulator = simulator;
        this.receipts = receipts;
        this.receiptStore = receiptStore;
        this.posting = posting;
        this.ledgers = ledgers;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What an owner asks to pay: charges and whole bills of their unit, or everything it owes when both are empty;
     * through the provider they chose, or the configured one.
     */
    public record NewOrder(String unitId, List<String> chargeIds, List<String> billIds, PaymentMethod provider) {
    }

    /** An order, and whether this request created it (false: an earlier request with the same key did). */
    public record Placed(PaymentOrder order, boolean created) {
    }

    /**
     * Creates the order with the configured provider. The charges and bills must be open ones of the caller's unit
     * (anything else answers 404, as if it did not exist).
     */
    public Placed create(Caller caller, NewOrder request, String idempotencyKey) {
        BilledUnit unit = ownUnit(caller, request.unitId());
        String id = PaymentIds.order(caller.id(), idempotencyKey);
        Optional<PaymentOrder> earlier = orders.find(id);
        if (earlier.isPresent()) {
            return new Placed(visible(caller, earlier.get()), false);
        }
        Ledger ledger = ledgers.find(Payer.unit(unit.unitId())).orElse(Ledger.open(Payer.unit(unit.unitId()), unit.communityId()));
        List<OpenCharge> chosen = chosen(ledger, request);
        Money amount = chosen.stream().map(OpenCharge::outstanding).reduce(Money.ZERO, Money::plus);
        if (!amount.isPositive()) {
            throw new ConflictException("nothing-owed", "Unit " + unit.number() + " owes nothing to pay online");
        }
        boolean all = request.chargeIds().isEmpty() && request.billIds().isEmpty();
        Instant now = clock.instant();
        PaymentMethod provider = request.provider() != null ? request.provider() : properties.provider();
        if (!provider.atDesk()) {
            providers.get(provider); // one this service has: 404 otherwise
        } else {
            throw new RuleViolationException("not-an-online-provider", "provider", provider + " is paid at the desk");
        }
        PaymentOrder order = PaymentOrder.create(id, unit.communityId(), unit.unitId(), caller.id(), caller.name(),
                provider, amount, all ? List.of() : chosen.stream().map(open -> open.line().id()).toList(),
                description(unit, chosen), now, now.plus(properties.orderTtl()));
        if (!orders.insert(order, now.plus(properties.reconcileAfter()))) {
            return new Placed(visible(caller, orders.find(id).orElseThrow()), false);
        }
        // stored before the provider hears of it: a payment for it can never arrive for an order we do not know
        PaymentProvider.CreatedOrder created = providers.get(provider).create(new PaymentProvider.OrderRequest(id,
                amount.fen(), order.description(), order.expiresAt()));
        PaymentOrder withCode = order.withCodeUrl(created.codeUrl());
        orders.update(withCode, 1, now.plus(properties.reconcileAfter()));
        return new Placed(withCode.withVersion(2), true);
    }

    public PaymentOrder find(Caller caller, String id) {
        return orders.find(id).map(order -> visible(caller, order)).orElseThrow(() -> new NotFoundException("Payment order", id));
    }

    public List<PaymentOrder> ofUnit(Caller caller, String unitId) {
        BilledUnit unit = ownUnit(caller, unitId);
        return orders.ofUnit(unit.communityId(), unit.unitId());
    }

    private PaymentOrder visible(Caller caller, PaymentOrder order) {
        if (!caller.ownsUnit(order.unitId()) || !caller.inCommunity(order.communityId())) {
            throw new NotFoundException("Payment order", order.id());
        }
        return order;
    }

    private BilledUnit ownUnit(Caller caller, String unitId) {
        if (unitId == null || !caller.ownsUnit(unitId)) {
            throw new NotFoundException("Unit", unitId);
        }
        return units.unit(unitId).filter(unit -> caller.inCommunity(unit.communityId()))
                .orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    private static List<OpenCharge> chosen(Ledger ledger, NewOrder request) {
        List<OpenCharge> open = ledger.openCharges();
        if (request.chargeIds().isEmpty() && request.billIds().isEmpty()) {
            return open;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String chargeId : request.chargeIds()) {
            if (open.stream().noneMatch(charge -> charge.line().id().equals(chargeId))) {
                throw new NotFoundException("Open charge", chargeId);
            }
            ids.add(chargeId);
        }
        for (String billId : request.billIds()) {
            List<OpenCharge> ofBill = open.stream().filter(charge -> charge.line().charge() != null
                    && billId.equals(charge.line().charge().billId())).toList();
            if (ofBill.isEmpty()) {
                throw new NotFoundException("Open bill", billId);
            }
            ofBill.forEach(charge -> ids.add(charge.line().id()));
        }
        // in the ledger's order, oldest first, as the payment will be allocated
        return open.stream().filter(charge -> ids.contains(charge.line().id())).toList();
    }

    private static String description(BilledUnit unit, List<OpenCharge> chosen) {
        Set<String> fees = new LinkedHashSet<>();
        chosen.forEach(charge -> fees.add(charge.line().charge() != null ? charge.line().charge().feeName() : "费用"));
        String text = (unit.number() == null ? "" : unit.number() + " ") + String.join("、", fees);
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }

    // --- the provider's word ---

    /**
     * A notification to {@code /payments/notify/{provider}}: verified, decrypted and applied once.
     *
     * @throws PaymentProvider.NotAuthentic when it is not the provider's; nothing changes
     */
    public void notified(String providerName, java.util.Map<String, String> headers, byte[] body) {
        PaymentProvider provider = providers.find(providerName).orElseThrow(() ->
                new PaymentProvider.NotAuthentic("unknown-provider", "No payment provider " + providerName));
        PaymentProvider.Notice notice = provider.verify(headers, body);
        Transaction transaction = notice.transaction();
        if (transaction == null || transaction.state() != PaymentProvider.TradeState.PAID) {
            log.info("{} notification {} ({}) acknowledged: nothing to apply", providerName, notice.id(), notice.eventType());
            return;
        }
        applyPaid(provider.method(), transaction);
    }

    /**
     * The provider says the order was paid: its receipt, its posting, the order marked paid — each at most once.
     *
     * @throws PaymentOrder.AmountMismatch when the amount paid is not the order's: logged, nothing posted
     */
    public PaymentOrder applyPaid(PaymentMethod provider, Transaction transaction) {
        PaymentOrder order = orders.find(transaction.outTradeNo()).filter(found -> found.provider() == provider)
                .orElseThrow(() -> {
                    log.error("{} reports a payment of {} for order {}, which is not ours", provider,
                            transaction.transactionId(), transaction.outTradeNo());
                    return new NotFoundException("Payment order", transaction.outTradeNo());
                });
        Instant paidAt = transaction.paidAt() != null ? transaction.paidAt() : clock.instant();
        PaymentOrder paid;
        try {
            paid = order.paid(transaction.transactionId(), transaction.amountFen(), paidAt);
        } catch (PaymentOrder.AmountMismatch mismatch) {
            log.error("Refused a payment notification: {} (transaction {})", mismatch.getMessage(), transaction.transactionId());
            throw mismatch;
        }
        BilledUnit unit = units.unit(order.unitId()).orElse(null);
        Receipt receipt = receipts.issue(new Receipt.Draft(order.communityId(), Receipt.codeOf(order.communityId()),
                receipts.year(), paid.paymentId(), Payer.unit(order.unitId()).key(), order.unitId(),
                unit == null ? null : unit.number(), order.ownerName(), order.amount(), provider,
                transaction.transactionId(), order.chargeIds(), Receipt.Source.ORDER, order.id(), null, null, paidAt));
        complete(receipt);
        return orders.find(order.id()).orElse(paid);
    }

    /** Posts an online payment's receipt and marks its order paid; again, it changes nothing. */
    public void complete(Receipt receipt) {
        posting.post(receipt);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PaymentOrder order = orders.find(receipt.sourceId()).orElse(null);
            if (order == null || order.state() == PaymentOrder.State.PAID) {
                break;
            }
            PaymentOrder paid = order.paid(receipt.reference(), receipt.amount().fen(), receipt.receivedAt());
            if (orders.update(paid, order.version(), null)) {
                break;
            }
        }
        receiptStore.completed(receipt.id());
    }

    // --- reconciliation ---

    /**
     * Asks the provider about an order still unpaid (对账): paid there → applied here, as a notification would have;
     * unpaid past its expiry → closed there and EXPIRED here; otherwise asked again later.
     *
     * @return whether the order was settled (paid or expired)
     */
    public boolean reconcile(PaymentOrder order) {
        if (!order.open()) {
            orders.update(order, order.version(), null);
            return true;
        }
        PaymentProvider provider = providers.get(order.provider());
        Optional<Transaction> known = provider.query(order.id());
        if (known.isPresent() && known.get().state() == PaymentProvider.TradeState.PAID) {
            try {
                applyPaid(order.provider(), known.get());
            } catch (PaymentOrder.AmountMismatch mismatch) {
                orders.update(order, order.version(), clock.instant().plus(properties.reconcileAfter()));
                return false;
            }
            return true;
        }
        Instant now = clock.instant();
        if (!now.isBefore(order.expiresAt()) || known.isPresent() && known.get().state() == PaymentProvider.TradeState.CLOSED) {
            if (known.isPresent()) {
                provider.close(order.id());
            }
            return orders.update(order.expired(), order.version(), null);
        }
        orders.update(order, order.version(), now.plus(properties.reconcileAfter()));
        return false;
    }

    /** The development sandbox's "pay": the owner (or staff trying the platform) pays the sandbox order. */
    public PaymentOrder payInSandbox(Caller caller, String id) {
        PaymentSimulator sandbox = simulator.getIfAvailable();
        PaymentOrder order = orders.find(id).filter(found -> found.provider() == PaymentMethod.SANDBOX)
                .filter(found -> caller.ownsUnit(found.unitId()) || caller.hasAnyRole("FINANCE", "ADMIN")
                        && caller.inCommunity(found.communityId()))
                .orElseThrow(() -> new NotFoundException("Payment order", id));
        if (sandbox == null) {
            throw new NotFoundException("Payment order", id);
        }
        PaymentSimulator.SignedNotification notification = sandbox.pay(order.id(), order.amount().fen());
        notified(PaymentProviders.pathName(PaymentMethod.SANDBOX), notification.headers(), notification.body());
        return orders.find(id).orElseThrow();
    }
}
