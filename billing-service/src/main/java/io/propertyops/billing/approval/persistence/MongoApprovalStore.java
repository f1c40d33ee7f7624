package io.propertyops.billing.approval.persistence;

import io.propertyops.billing.approval.application.ApprovalStore;
import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.billing.approval.domain.ApprovalKind;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.events.DomainEvent;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.DueMarks;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Approvals in {@code approvals}. A decided one carries {@code applyMark} (a due mark, sparse and unique, a minute
 * after the decision, which applies it at once itself) until its
 * action is applied, so the job finds what waits without reading every approval; the decision is written on the
 * version read ({@code {_id, version}} unique), so two deciders cannot both decide.
 */
@Repository
class MongoApprovalStore implements ApprovalStore {

    static final String COLLECTION = "approvals";
    private static final String MARK = "applyMark";

    @Document(COLLECTION)
    record ApprovalDocument(@Id String id, String communityId, String kind, String subjectId, String payer,
                            BigDecimal amount, Map<String, String> details, String reason, String requestedBy,
                            Instant requestedAt, String status, String decidedBy, Instant decidedAt,
                            String decisionNote, Instant appliedAt, long version,
                            @Indexed(unique = true, sparse = true) String applyMark,
                            List<OutboxMessage> pendingEvents) implements HasOutbox {

        static ApprovalDocument of(Approval a, String mark, List<OutboxMessage> events) {
            return new ApprovalDocument(a.id(), a.communityId(), a.kind().name(), a.subjectId(), a.payer(),
                    a.amount() == null ? null : a.amount().yuan(), a.details(), a.reason(), a.requestedBy(),
                    a.requestedAt(), a.status().name(), a.decidedBy(), a.decidedAt(), a.decisionNote(), a.appliedAt(),
                    a.version(), mark, events);
        }

        Approval toDomain() {
            return new Approval(id, communityId, ApprovalKind.valueOf(kind), subjectId, payer,
                    amount == null ? null : new Money(amount), details, reason, requestedBy, requestedAt,
                    Approval.Status.valueOf(status), decidedBy, decidedAt, decisionNote, appliedAt, version);
        }

        @Override
        public List<OutboxMessage> getPendingEvents() {
            return pendingEvents;
        }
    }

    private final MongoTemplate mongo;
    private final OutboxWrites outbox;
    private final OutboxMessages messages;

    MongoApprovalStore(MongoTemplate mongo, OutboxWrites outbox, OutboxMessages messages, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.messages = messages;
        versionIndexes.declare(COLLECTION, "version");
    }

    @Override
    public boolean insert(Approval approval, DomainEvent requested) {
        return outbox.insertIfAbsent(ApprovalDocument.of(approval, null, messages.of(List.of(requested))), COLLECTION);
    }

    @Override
    public Optional<Approval> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ApprovalDocument.class, COLLECTION)).map(ApprovalDocument::toDomain);
    }

    @Override
    public List<Approval> inCommunity(String communityId, Approval.Status status) {
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        return mongo.find(Query.query(criteria), ApprovalDocument.class, COLLECTION).stream()
                .map(ApprovalDocument::toDomain).sorted(Comparator.comparing(Approval::requestedAt).reversed()).toList();
    }

    @Override
    public boolean decided(Approval decided, long readVersion, DomainEvent event) {
        Update update = new Update().set("status", decided.status().name()).set("decidedBy", decided.decidedBy())
                .set("decidedAt", decided.decidedAt()).set("decisionNote", decided.decisionNote())
                .set("version", readVersion + 1).set(MARK, DueMarks.of("", decided.decidedAt().plusSeconds(60), decided.id()));
        return outbox.change(decided.id(), Query.query(Criteria.where("_id").is(decided.id()).and("version").is(readVersion)),
                StateUpdate.appendEvents(update, messages.of(List.of(event))), COLLECTION);
    }

    @Override
    public boolean applied(Approval applied) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(applied.id()).and("appliedAt").is(null)),
                new Update().set("appliedAt", applied.appliedAt()).unset(MARK), COLLECTION).getModifiedCount() > 0;
    }

    @Override
    public List<Approval> awaitingApplying(Instant now, int limit) {
        String until = DueMarks.of("", now, "~");
        List<Approval> due = new ArrayList<>();
        for (ApprovalDocument document : mongo.find(DueMarks.marked(MARK, "").limit(limit), ApprovalDocument.class,
                COLLECTION)) {
            if (document.applyMark().compareTo(until) <= 0) {
                due.add(document.toDomain());
            }
        }
        return due;
    }
}
