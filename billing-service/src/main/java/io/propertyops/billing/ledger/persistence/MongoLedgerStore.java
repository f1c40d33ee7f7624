package io.propertyops.billing.ledger.persistence;

import io.propertyops.billing.ledger.application.LedgerStore;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.LedgerLine.ChargeTerms;
import io.propertyops.billing.ledger.domain.LedgerLine.PaymentTerms;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ledgers in {@code ledgers}, one document per payer ({@code _id} is {@code UNIT:<unitId>}…) holding its lines
 * and the events waiting to be published. A change appends lines ({@code $push}) and events in one update that
 * matches only the version it read — served by the unique {@code {_id, version}} index on the embedded store too —
 * so two cashiers or a callback and a bill run never post over each other: the later one reads again.
 */
@Repository
class MongoLedgerStore implements LedgerStore {

    static final String COLLECTION = "ledgers";

    @Document(COLLECTION)
    record LedgerDocument(@Id String id, String communityId, String payerKind, String payerId,
                          List<LineDocument> lines, long version, List<OutboxMessage> pendingEvents)
            implements HasOutbox {

        @Override
        public List<OutboxMessage> getPendingEvents() {
            return pendingEvents;
        }

        Ledger toDomain() {
            return Ledger.restore(new Payer(Payer.Kind.valueOf(payerKind), payerId), communityId,
                    lines.stream().map(LineDocument::toDomain).toList(), version);
        }
    }

    /** One line, flat: what a charge is for and how a payment came are fields of their own lines only. */
    record LineDocument(String id, String kind, BigDecimal amount, Instant postedAt, String postedBy, String chargeId,
                        String paymentId, String feeItemId, String feeName, String period, String billId,
                        LocalDate dueOn, String method, String reference, String approvalId, String note) {

        static LineDocument of(LedgerLine line) {
            ChargeTerms charge = line.charge();
            PaymentTerms payment = line.payment();
            return new LineDocument(line.id(), line.kind().name(), line.amount().yuan(), line.postedAt(),
                    line.postedBy(), line.chargeId(), line.paymentId(), charge == null ? null : charge.feeItemId(),
                    charge == null ? null : charge.feeName(), charge == null ? null : charge.period(),
                    charge == null ? null : charge.billId(), charge == null ? null : charge.dueOn(),
                    payment == null ? null : payment.method().name(), payment == null ? null : payment.reference(),
                    line.approvalId(), line.note());
        }

        LedgerLine toDomain() {
            return new LedgerLine(id, LedgerLine.Kind.valueOf(kind), new Money(amount), postedAt, postedBy, chargeId,
                    paymentId, feeItemId == null ? null : new ChargeTerms(feeItemId, feeName, period, billId, dueOn),
                    method == null ? null : new PaymentTerms(PaymentMethod.valueOf(method), reference), approvalId, note);
        }
    }

    private final MongoTemplate mongo;
    private final OutboxWrites outbox;
    private final OutboxMessages messages;
    private final OutboxRelay relay;

    MongoLedgerStore(MongoTemplate mongo, OutboxWrites outbox, OutboxMessages messages, OutboxRelay relay,
                     VersionIndexes versionIndexes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.messages = messages;
        this.relay = relay;
        versionIndexes.declare(COLLECTION, "version");
    }

    @Override
    public Optional<Ledger> find(Payer payer) {
        return Optional.ofNullable(mongo.findById(payer.key(), LedgerDocument.class)).map(LedgerDocument::toDomain);
    }

    @Override
    public Map<Payer, Ledger> findAll(Collection<Payer> payers) {
        Map<Payer, Ledger> found = new HashMap<>();
        List<String> ids = payers.stream().map(Payer::key).toList();
        for (int from = 0; from < ids.size(); from += 1_000) {
            mongo.find(Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + 1_000)))),
                    LedgerDocument.class).forEach(document -> {
                        Ledger ledger = document.toDomain();
                        found.put(ledger.payer(), ledger);
                    });
        }
        return found;
    }

    @Override
    public List<Ledger> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), LedgerDocument.class).stream()
                .map(LedgerDocument::toDomain).toList();
    }

    @Override
    public boolean append(Append append) {
        if (append.read().version() == 0) {
            return outbox.insertIfAbsent(created(append), COLLECTION);
        }
        Ledger read = append.read();
        return outbox.change(read.payer().key(), unchanged(read), update(append), COLLECTION);
    }

    @Override
    public List<Payer> appendAll(List<Append> appends) {
        List<LedgerDocument> created = new ArrayList<>();
        List<Append> changed = new ArrayList<>();
        for (Append append : appends) {
            if (append.read().version() == 0) {
                created.add(created(append));
            } else {
                changed.add(append);
            }
        }
        List<Payer> conflicted = new ArrayList<>();
        Set<String> inserted = new HashSet<>();
        outbox.insertNew(created, COLLECTION).forEach(document -> inserted.add(document.id()));
        for (Append append : appends) {
            if (append.read().version() == 0 && !inserted.contains(append.read().payer().key())) {
                conflicted.add(append.read().payer());
            }
        }
        if (!changed.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            changed.forEach(append -> bulk.updateOne(unchanged(append.read()), update(append)));
            int matched = bulk.execute().getMatchedCount();
            if (matched < changed.size()) {
                conflicted.addAll(notWritten(changed));
            }
            changed.stream().map(append -> append.read().payer()).filter(payer -> !conflicted.contains(payer))
                    .forEach(payer -> relay.publishSoon(COLLECTION, payer.key()));
        }
        return conflicted;
    }

    /** After a bulk write that matched fewer than it tried: the ledgers that do not hold the lines it appended. */
    private List<Payer> notWritten(List<Append> changed) {
        Map<Payer, Ledger> now = findAll(changed.stream().map(append -> append.read().payer()).toList());
        List<Payer> missing = new ArrayList<>();
        for (Append append : changed) {
            Ledger ledger = now.get(append.read().payer());
            if (ledger == null || ledger.line(append.lines().getFirst().id()).isEmpty()) {
                missing.add(append.read().payer());
            }
        }
        return missing;
    }

    private LedgerDocument created(Append append) {
        Ledger read = append.read();
        return new LedgerDocument(read.payer().key(), read.communityId(), read.payer().kind().name(), read.payer().id(),
                append.lines().stream().map(LineDocument::of).toList(), 1, messages.of(append.events()));
    }

    private static Query unchanged(Ledger read) {
        return Query.query(Criteria.where("_id").is(read.payer().key()).and("version").is(read.version()));
    }

    private Update update(Append append) {
        Update update = new Update().push("lines").each(append.lines().stream().map(line -> {
            org.bson.Document fields = new org.bson.Document();
            mongo.getConverter().write(LineDocument.of(line), fields);
            fields.remove("_class");
            return fields;
        }).toArray()).set("version", append.read().version() + 1);
        return StateUpdate.appendEvents(update, messages.of(append.events()));
    }
}
