package io.propertyops.facility.certificate.persistence;

import io.propertyops.events.facility.FacilityEvent;
import io.propertyops.facility.certificate.application.CertificateStore;
import io.propertyops.facility.certificate.domain.Certificate;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.DueMarks;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Certificates on MongoDB, each written with its event in one document write and handed to the outbox relay. */
@Repository
class MongoCertificateStore implements CertificateStore {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoCertificateStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public boolean insert(Certificate certificate, ZoneId zone) {
        return writes.insertIfAbsent(CertificateRecord.of(certificate, zone, List.of()), CertificateRecord.COLLECTION);
    }

    @Override
    public boolean save(Certificate next, long storedVersion, FacilityEvent event, ZoneId zone) {
        List<OutboxMessage> messages = event == null ? List.of() : outbox.of(List.of(event));
        CertificateRecord record = CertificateRecord.of(next, zone, List.of());
        Update update = StateUpdate.of(mongo.getConverter(), record, messages, "version", next.version());
        if (record.dueMark() == null) {
            update.unset(CertificateRecord.DUE_MARK); // the converter leaves a null out: it would stay as it was
        }
        return writes.change(next.id(), unchanged(next.id(), storedVersion), update, CertificateRecord.COLLECTION);
    }

    @Override
    public void remark(Certificate certificate, ZoneId zone) {
        String mark = CertificateRecord.dueMark(certificate, zone);
        mongo.updateFirst(unchanged(certificate.id(), certificate.version()), mark == null
                ? new Update().unset(CertificateRecord.DUE_MARK) : new Update().set(CertificateRecord.DUE_MARK, mark),
                CertificateRecord.class);
    }

    @Override
    public Optional<Certificate> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CertificateRecord.class)).map(CertificateRecord::toDomain);
    }

    @Override
    public List<Certificate> ofEquipment(String equipmentId) {
        Query query = Query.query(Criteria.where("_id").regex("^" + Pattern.quote(equipmentId + "_")));
        return mongo.find(query, CertificateRecord.class).stream().map(CertificateRecord::toDomain)
                .sorted((a, b) -> b.expiresOn().compareTo(a.expiresOn())).toList();
    }

    @Override
    public List<Certificate> current(String communityId) {
        Query query = Query.query(Criteria.where("communityId").is(communityId).and("supersededBy").is(null))
                .with(Sort.by("expiresOn"));
        query.fields().exclude(CertificateRecord.DUE_MARK, "pendingEvents");
        return mongo.find(query, CertificateRecord.class).stream().map(CertificateRecord::toDomain).toList();
    }

    /** Marks sort by their time: read until the first that is not due yet. */
    @Override
    public List<Certificate> due(Instant now, int limit) {
        String notYet = DueMarks.of("", now.plusMillis(1), "");
        try (Stream<CertificateRecord> marked = mongo.stream(DueMarks.marked(CertificateRecord.DUE_MARK, ""),
                CertificateRecord.class)) {
            return marked.takeWhile(record -> record.dueMark().compareTo(notYet) < 0).limit(limit)
                    .map(CertificateRecord::toDomain).toList();
        }
    }

    private static Query unchanged(String id, long version) {
        return Query.query(Criteria.where("_id").is(id).and("version").is(version));
    }
}
