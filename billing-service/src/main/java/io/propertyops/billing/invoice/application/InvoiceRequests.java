package io.propertyops.billing.invoice.application;

import io.propertyops.billing.invoice.domain.InvoiceRequest;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Invoice requests: an owner asks for an invoice for payments on their unit's ledger (each payment on one request
 * only, unless that was rejected; a reversed or refunded payment cannot be invoiced); finance issues or rejects.
 */
@Service
public class InvoiceRequests {

    /** What an owner asks for. */
    public record Ask(Payer payer, List<String> paymentIds, InvoiceRequest.TitleKind titleKind, String title,
                      String taxNumber, String email) {
    }

    private final InvoiceRequestStore store;
    private final Ledgers ledgers;
    private final Clock clock;

    InvoiceRequests(InvoiceRequestStore store, Ledgers ledgers, Clock clock) {
        this.store = store;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    public InvoiceRequest request(Caller caller, Ask ask, String key) {
        Ledger ledger = ledgers.visibleTo(caller, ask.payer());
        Set<String> taken = new HashSet<>(store.invoicedPayments(ask.payer().key()));
        Money amount = Money.ZERO;
        for (String paymentId : new HashSet<>(ask.paymentIds())) {
            LedgerLine payment = ledger.line(paymentId).filter(line -> line.kind() == LedgerLine.Kind.PAYMENT)
                    .orElseThrow(() -> new RuleViolationException("unknown-payment", "paymentIds", "No payment " + paymentId));
            boolean givenBack = ledger.lines().stream().anyMatch(line -> paymentId.equals(line.paymentId())
                    && (line.kind() == LedgerLine.Kind.PAYMENT_REVERSAL || line.kind() == LedgerLine.Kind.REFUND));
            if (givenBack) {
                throw new RuleViolationException("payment-returned", "paymentIds", "Payment " + paymentId
                        + " was reversed or refunded");
            }
            if (taken.contains(paymentId)) {
                throw new ConflictException("already-requested", "Payment " + paymentId + " is on another invoice request");
            }
            amount = amount.plus(payment.amount());
        }
        String id = ask.payer().key() + "~" + (key != null ? key : UUID.randomUUID().toString());
        InvoiceRequest request = new InvoiceRequest(id, ledger.communityId(), ask.payer().key(),
                List.copyOf(new HashSet<>(ask.paymentIds())), amount, ask.titleKind(), ask.title(), ask.taxNumber(),
                ask.email(), InvoiceRequest.Status.REQUESTED, null, null, caller.id(), clock.instant(), null, null, 1);
        if (!store.insert(request)) {
            return store.find(id).orElseThrow();
        }
        return request;
    }

    public InvoiceRequest issue(Caller caller, String id, String number) {
        InvoiceRequest current = staffGet(caller, id);
        return save(current, current.issue(number, caller.id(), clock.instant()));
    }

    public InvoiceRequest reject(Caller caller, String id, String reason) {
        InvoiceRequest current = staffGet(caller, id);
        return save(current, current.reject(reason, caller.id(), clock.instant()));
    }

    private InvoiceRequest save(InvoiceRequest current, InvoiceRequest next) {
        if (!store.save(next, current.version())) {
            throw new ConflictException("busy", "Invoice request " + current.id() + " changed meanwhile");
        }
        return store.find(current.id()).orElseThrow();
    }

    public InvoiceRequest staffGet(Caller caller, String id) {
        return store.find(id).filter(request -> caller.inCommunity(request.communityId()))
                .orElseThrow(() -> new NotFoundException("Invoice request", id));
    }

    public List<InvoiceRequest> inCommunity(Caller caller, String communityId, InvoiceRequest.Status status) {
        caller.requireCommunity(communityId);
        return store.inCommunity(communityId).stream().filter(r -> status == null || r.status() == status)
                .sorted(Comparator.comparing(InvoiceRequest::requestedAt).reversed()).toList();
    }

    /** The caller's own units' requests. */
    public List<InvoiceRequest> mine(Caller caller) {
        return caller.unitIds().stream().sorted().flatMap(unit -> store.ofPayer(Payer.unit(unit).key()).stream())
                .sorted(Comparator.comparing(InvoiceRequest::requestedAt).reversed()).toList();
    }
}
