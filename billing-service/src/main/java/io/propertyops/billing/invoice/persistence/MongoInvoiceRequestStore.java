package io.propertyops.billing.invoice.persistence;

import io.propertyops.billing.invoice.application.InvoiceRequestStore;
import io.propertyops.billing.invoice.domain.InvoiceRequest;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Requests in {@code invoice_requests}, their ids {@code <payer>~<key>} so that a payer's are read by an anchored
 * prefix the unique {@code _id} index serves; a community's list is a bounded scan.
 */
@Repository
class MongoInvoiceRequestStore implements InvoiceRequestStore {

    @Document("invoice_requests")
    record RequestDocument(@Id String id, String communityId, String payer, List<String> paymentIds, BigDecimal amount,
                           String titleKind, String title, String taxNumber, String email, String status,
                           String invoiceNumber, String rejection, String requestedBy, Instant requestedAt,
                           String handledBy, Instant handledAt, long version) {

        static RequestDocument of(InvoiceRequest r, long version) {
            return new RequestDocument(r.id(), r.communityId(), r.payer(), r.paymentIds(), r.amount().yuan(),
                    r.titleKind().name(), r.title(), r.taxNumber(), r.email(), r.status().name(), r.invoiceNumber(),
                    r.rejection(), r.requestedBy(), r.requestedAt(), r.handledBy(), r.handledAt(), version);
        }

        InvoiceRequest toDomain() {
            return new InvoiceRequest(id, communityId, payer, paymentIds, new Money(amount),
                    InvoiceRequest.TitleKind.valueOf(titleKind), title, taxNumber, email,
                    InvoiceRequest.Status.valueOf(status), invoiceNumber, rejection, requestedBy, requestedAt,
                    handledBy, handledAt, version);
        }
    }

    private final MongoTemplate mongo;

    MongoInvoiceRequestStore(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare("invoice_requests", "version");
    }

    @Override
    public boolean insert(InvoiceRequest request) {
        try {
            mongo.insert(RequestDocument.of(request, request.version()));
            return true;
        } catch (DuplicateKeyException retried) {
            return false;
        }
    }

    @Override
    public Optional<InvoiceRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RequestDocument.class)).map(RequestDocument::toDomain);
    }

    @Override
    public List<InvoiceRequest> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), RequestDocument.class).stream()
                .map(RequestDocument::toDomain).toList();
    }

    @Override
    public List<InvoiceRequest> ofPayer(String payer) {
        return mongo.find(Query.query(Criteria.where("_id").regex("^" + (payer + "~")
                .replaceAll("[^A-Za-z0-9_:/-]", "\\\\$0"))), RequestDocument.class).stream()
                .map(RequestDocument::toDomain).toList();
    }

    @Override
    public boolean save(InvoiceRequest request, long readVersion) {
        return mongo.findAndReplace(Query.query(Criteria.where("_id").is(request.id()).and("version").is(readVersion)),
                RequestDocument.of(request, readVersion + 1), FindAndReplaceOptions.none()) != null;
    }

    @Override
    public List<String> invoicedPayments(String payer) {
        return ofPayer(payer).stream().filter(r -> r.status() != InvoiceRequest.Status.REJECTED)
                .flatMap(r -> r.paymentIds().stream()).toList();
    }
}
