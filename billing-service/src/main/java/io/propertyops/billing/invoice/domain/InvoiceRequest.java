package io.propertyops.billing.invoice.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An owner's request for an invoice (发票申请) for payments they made: to a person or a company (with its unified
 * social credit code, 统一社会信用代码), sent to an e-mail address. Finance issues it (with the invoice number from the
 * tax system) or rejects it with a reason; the owner sees where it stands.
 */
public record InvoiceRequest(String id, String communityId, String payer, List<String> paymentIds, Money amount,
                             TitleKind titleKind, String title, String taxNumber, String email, Status status,
                             String invoiceNumber, String rejection, String requestedBy, Instant requestedAt,
                             String handledBy, Instant handledAt, long version) {

    public enum TitleKind { PERSONAL, COMPANY }

    public enum Status { REQUESTED, ISSUED, REJECTED }

    private static final Pattern TAX_NUMBER = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

    public InvoiceRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKind, "titleKind");
        paymentIds = List.copyOf(paymentIds);
        if (titleKind == TitleKind.COMPANY && (taxNumber == null || !TAX_NUMBER.matcher(taxNumber).matches())) {
            throw new RuleViolationException("invalid-tax-number", "taxNumber",
                    "A company invoice needs the 18-character unified social credit code");
        }
    }

    public InvoiceRequest issue(String number, String by, Instant at) {
        requireRequested();
        return new InvoiceRequest(id, communityId, payer, paymentIds, amount, titleKind, title, taxNumber, email,
                Status.ISSUED, number, null, requestedBy, requestedAt, by, at, version);
    }

    public InvoiceRequest reject(String reason, String by, Instant at) {
        requireRequested();
        return new InvoiceRequest(id, communityId, payer, paymentIds, amount, titleKind, title, taxNumber, email,
                Status.REJECTED, null, reason, requestedBy, requestedAt, by, at, version);
    }

    private void requireRequested() {
        if (status != Status.REQUESTED) {
            throw new ConflictException("handled", "Invoice request " + id + " was " + status.name().toLowerCase() + " already");
        }
    }
}
