package io.propertyops.billing.fee.persistence;

import io.propertyops.billing.fee.application.AttachmentStore;
import io.propertyops.billing.fee.domain.Attachment;
import io.propertyops.starter.persistence.VersionIndexes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Attachments in {@code fee_attachments}, one document each, changed only on the version read; a community's are
 * read together by a bill run (a bounded scan).
 */
@Repository
class MongoAttachmentStore implements AttachmentStore {

    static final String COLLECTION = "fee_attachments";

    @Document(COLLECTION)
    record AttachmentDocument(@Id String id, String communityId, String feeItemId, String targetKind, String targetId,
                              String holderId, BigDecimal amount, LocalDate startsOn, LocalDate endsOn, long version,
                              Instant createdAt, String createdBy,
                              @Indexed(unique = true, sparse = true) String idempotencyKey) {

        static AttachmentDocument of(Attachment a, String idempotencyKey) {
            return new AttachmentDocument(a.id(), a.communityId(), a.feeItemId(), a.target().kind().name(),
                    a.target().id(), a.target().holderId(), a.amount(), a.startsOn(), a.endsOn(), a.version(),
                    a.createdAt(), a.createdBy(), idempotencyKey);
        }

        Attachment toDomain() {
            return new Attachment(id, communityId, feeItemId, new Attachment.Target(
                    Attachment.TargetKind.valueOf(targetKind), targetId, holderId), amount, startsOn, endsOn, version,
                    createdAt, createdBy);
        }
    }

    private final MongoTemplate mongo;

    MongoAttachmentStore(MongoTemplate mongo, VersionIndexes versionIndexes) {
        this.mongo = mongo;
        versionIndexes.declare(COLLECTION, "version");
    }

    @Override
    public void insert(Attachment attachment, String idempotencyKey) {
        mongo.insert(AttachmentDocument.of(attachment, idempotencyKey));
    }

    @Override
    public Optional<Attachment> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(idempotencyKey)),
                AttachmentDocument.class)).map(AttachmentDocument::toDomain);
    }

    @Override
    public Optional<Attachment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AttachmentDocument.class)).map(AttachmentDocument::toDomain);
    }

    @Override
    public List<Attachment> inCommunity(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), AttachmentDocument.class).stream()
                .map(AttachmentDocument::toDomain).toList();
    }

    @Override
    public boolean replace(Attachment next, long readVersion) {
        AttachmentDocument stored = mongo.findById(next.id(), AttachmentDocument.class);
        if (stored == null || stored.version() != readVersion) {
            return false;
        }
        return mongo.findAndReplace(Query.query(Criteria.where("_id").is(next.id()).and("version").is(readVersion)),
                AttachmentDocument.of(next, stored.idempotencyKey())) != null;
    }
}
