package io.propertyops.billing.invoice.application;

import io.propertyops.billing.invoice.domain.InvoiceRequest;

import java.util.List;
import java.util.Optional;

/** Invoice requests. */
public interface InvoiceRequestStore {

    /** False when one of its id exists (a retried request). */
    boolean insert(InvoiceRequest request);

    Optional<InvoiceRequest> find(String id);

    List<InvoiceRequest> inCommunity(String communityId);

    List<InvoiceRequest> ofPayer(String payer);

    /** Saves over the version read; false when it changed meanwhile. */
    boolean save(InvoiceRequest request, long readVersion);

    /** The payment ids already on a request of this payer that was not rejected. */
    List<String> invoicedPayments(String payer);
}
