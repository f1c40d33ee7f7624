package io.propertyops.billing.disclosure.persistence;

import io.propertyops.billing.disclosure.application.DisclosureStore;
import io.propertyops.billing.disclosure.domain.Disclosure;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.events.DomainEvent;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Disclosures in {@code disclosures}; a community has twelve a year and a few corrections. */
@Repository
class MongoDisclosureStore implements DisclosureStore {

    static final String COLLECTION = "disclosures";

    @Document(COLLECTION)
    record DisclosureDocument(@Id String id, String communityId, String month, int version, String status,
                              List<LineDocument> expenses, List<LineDocument> commonIncome,
                              List<LineDocument> feeIncome, BigDecimal collectionRate, String changes,
                              String editedBy, Instant editedAt, String publishedBy, Instant publishedAt,
                              long revision, List<OutboxMessage> pendingEvents) implements HasOutbox {

        static DisclosureDocument of(Disclosure d, long revision) {
            return new DisclosureDocument(d.id(), d.communityId(), d.month().toString(), d.version(), d.status().name(),
                    d.expenses().stream().map(LineDocument::of).toList(),
                    d.commonIncome().stream().map(LineDocument::of).toList(),
                    d.feeIncome().stream().map(i -> new LineDocument(i.feeName(), i.collected().yuan(), null)).toList(),
                    d.collectionRate(), d.changes(), d.editedBy(), d.editedAt(), d.publishedBy(), d.publishedAt(),
                    revision, List.of());
        }

        Disclosure toDomain() {
            return new Disclosure(id, communityId, YearMonth.parse(month), version, Disclosure.Status.valueOf(status),
                    expenses.stream().map(LineDocument::toDomain).toList(),
                    commonIncome.stream().map(LineDocument::toDomain).toList(),
                    feeIncome.stream().map(l -> new Disclosure.Income(l.category(), new Money(l.amount()))).toList(),
                    collectionRate, changes, editedBy, editedAt, publishedBy, publishedAt, revision);
        }

        @Override
        public List<OutboxMessage> getPendingEvents() {
            return pendingEvents;
        }
    }

    record LineDocument(String category, BigDecimal amount, String note) {

        static LineDocument of(Disclosure.Line line) {
            return new LineDocument(line.category(), line.amount().yuan(), line.note());
        }

        Disclosure.Line toDomain() {
            return new Disclosure.Line(category, new Money(amount), note);
        }
    }

    private final MongoTemplate mongo;
    private final OutboxWrites outbox;
    private final OutboxMessages messages;

    MongoDisclosureStore(MongoTemplate mongo, OutboxWrites outbox, OutboxMessages messages, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.messages = messages;
        versionIndexes.declare(COLLECTION, "revision");
    }

    @Override
    public boolean insert(Disclosure draft) {
        return outbox.insertIfAbsent(DisclosureDocument.of(draft, 1), COLLECTION);
    }

    @Override
    public Optional<Disclosure> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DisclosureDocument.class)).map(DisclosureDocument::toDomain);
    }

    @Override
    public List<Disclosure> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), DisclosureDocument.class).stream()
                .map(DisclosureDocument::toDomain).toList();
    }

    @Override
    public boolean save(Disclosure disclosure, long readRevision, List<? extends DomainEvent> events) {
        return outbox.change(disclosure.id(), Query.query(Criteria.where("_id").is(disclosure.id())
                        .and("revision").is(readRevision)),
                StateUpdate.of(mongo.getConverter(), DisclosureDocument.of(disclosure, readRevision + 1),
                        messages.of(events), "revision", readRevision + 1), COLLECTION);
    }
}
